// A labelled input whose hint and error are tied to it for screen readers.
import type { InputHTMLAttributes } from "react";
import { Field } from "./field";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          className={`rounded-lg border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
          {...input}
        />
      )}
    </Field>
  );
}

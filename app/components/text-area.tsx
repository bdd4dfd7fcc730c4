// A labelled multi-line field with a character count against its limit; used for the job posting and
// the CV on the new-interview form. No maxLength: a paste over the limit is kept whole and the field says so.
import { useId, type TextareaHTMLAttributes } from "react";
import { Field } from "./field";

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value"> {
  label: string;
  value: string;
  /** Characters allowed; the count under the field shows how many are used. */
  limit: number;
  hint?: string;
  error?: string;
}

const count = new Intl.NumberFormat("en-GB");

export function TextArea({ label, value, limit, hint, error, className, ...textarea }: TextAreaProps) {
  const countId = useId();
  const over = value.length > limit;
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      describedBy={countId}
      className={className}
      after={
        <p id={countId} className={`text-sm ${over ? "font-medium text-red-800" : "text-slate-600"}`}>
          {count.format(value.length)} of {count.format(limit)} characters
        </p>
      }
    >
      {(control) => (
        <textarea
          {...control}
          value={value}
          className={`min-h-32 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
          {...textarea}
        />
      )}
    </Field>
  );
}

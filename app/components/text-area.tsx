// A labelled multi-line field with a character count against its limit; used for the job posting and
// the CV on the new-interview form. No maxLength: a paste over the limit is kept whole and the field says so.
import { useId, type TextareaHTMLAttributes } from "react";

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value"> {
  label: string;
  value: string;
  /** Characters allowed; the count under the field shows how many are used. */
  limit: number;
  hint?: string;
  error?: string;
}

const count = new Intl.NumberFormat("en-GB");

export function TextArea({ label, value, limit, hint, error, className = "", ...textarea }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const describedBy = [hint && hintId, error && errorId, countId].filter(Boolean).join(" ");
  const over = value.length > limit;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-32 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
        {...textarea}
      />
      <p id={countId} className={`text-sm ${over ? "font-medium text-red-800" : "text-slate-600"}`}>
        {count.format(value.length)} of {count.format(limit)} characters
      </p>
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

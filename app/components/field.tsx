// The frame every labelled form control shares: its label, hint and error, tied to the control for
// screen readers. Used by TextField and TextArea.
import { useId, type ReactNode } from "react";

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** Ids of more text describing the control (a character count), after the hint and error. */
  describedBy?: string;
  className?: string;
  /** Draws the control with the attributes that tie it to the frame. */
  children: (control: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined }) => ReactNode;
  /** Drawn between the control and its error. */
  after?: ReactNode;
}

export function Field({ label, hint, error, describedBy, className = "", children, after }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [hint && hintId, error && errorId, describedBy].filter(Boolean).join(" ") || undefined;
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
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": ids })}
      {after}
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

// Small shared building blocks: buttons, notices, loading and status indicators.
import type { ComponentProps, ReactNode } from "react";
import type { InterviewStatus } from "../../worker/protocol/rest";
import { focusFallback } from "../lib/focus";

const buttonBase =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

export const buttonStyles = {
  primary: `${buttonBase} bg-indigo-700 text-white hover:bg-indigo-800`,
  secondary: `${buttonBase} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`,
  danger: `${buttonBase} bg-red-700 text-white hover:bg-red-800`,
  quiet: `${buttonBase} text-slate-700 hover:bg-slate-200`,
};

/**
 * A button. `disabled` makes it unavailable with aria-disabled rather than the disabled attribute: a
 * disabled button loses focus, so a button that becomes unavailable while the user is on it ("Send"
 * while the interviewer replies, "Sign in" while waiting) would drop keyboard focus to the page.
 */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  disabled,
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof buttonStyles }) {
  return (
    <button
      type={type}
      aria-disabled={disabled || undefined}
      // preventDefault also keeps an unavailable submit button from submitting its form.
      onClick={disabled ? (event) => event.preventDefault() : onClick}
      className={`${buttonStyles[variant]} ${className}`}
      {...props}
    />
  );
}

export function ErrorNotice({ children, onRetry }: { children: ReactNode; onRetry?: () => void }) {
  return (
    <div
      role="alert"
      ref={onRetry && focusFallback()}
      className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <span>{children}</span>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
      {label}
    </p>
  );
}

const statusLabels: Record<InterviewStatus, { label: string; className: string }> = {
  created: { label: "Not started", className: "bg-slate-100 text-slate-800" },
  in_progress: { label: "In progress", className: "bg-amber-100 text-amber-900" },
  completed: { label: "Completed", className: "bg-emerald-100 text-emerald-900" },
  cancelled: { label: "Cancelled", className: "bg-slate-200 text-slate-700" },
};

export function StatusBadge({ status }: { status: InterviewStatus }) {
  const { label, className } = statusLabels[status];
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${className}`}>{label}</span>;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const formatDate = (ms: number) => dateFormat.format(ms);

// A modal yes/no question on the native <dialog>, which traps focus and closes on Escape by itself.
import { useEffect, useRef, type ReactNode } from "react";
import { focusLost, pageHeading } from "../lib/focus";
import { Button } from "./ui";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes on closing when the button that opened the dialog is gone (its row was deleted, say). */
  focusAfterClose?: () => HTMLElement | null | undefined;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, busyLabel, cancelLabel = "Keep it", busy, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const afterClose = useRef(props.focusAfterClose);
  useEffect(() => {
    afterClose.current = props.focusAfterClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      // The browser hands focus back to the opener; if the confirmed action removed it, focus stays in
      // the closed dialog (then falls to the page), so it goes to the place the page names instead.
      if (focusLost() || dialog.contains(document.activeElement)) {
        const back = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : null;
        (back ?? afterClose.current?.() ?? pageHeading())?.focus();
      }
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-6 shadow-xl"
    >
      <h2 id="confirm-title" className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 text-sm text-slate-700">{children}</div>
      <div className="mt-6 flex justify-end gap-3">
        <Button variant="secondary" onClick={onCancel} autoFocus>
          {cancelLabel}
        </Button>
        <Button variant="danger" onClick={onConfirm} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}

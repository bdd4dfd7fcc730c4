// The heading every page starts with: sets the document title and, after client-side navigation,
// takes focus so screen readers announce the new page.
import { useEffect, useRef, type ReactNode } from "react";

let firstPageShown = false;

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Interview Practice`;
    // On the very first load the browser already starts at the top; moving focus there is noise.
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, [title]);

  return (
    <h1 ref={ref} tabIndex={-1} className="text-2xl font-semibold tracking-tight text-slate-900">
      {children ?? title}
    </h1>
  );
}

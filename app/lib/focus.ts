// Keeps keyboard focus on the page when the control the user is on goes away (a panel closes, a row is
// deleted, an error is retried, the interview ends under the answer buttons): focus moves to what took
// its place instead of falling to <body>. Used by the pages and components that swap controls.

type Target = HTMLElement | null | undefined;

/** The page's own heading (it has tabindex -1 and takes focus on navigation): the last resort. */
export const pageHeading = (): Target => document.querySelector<HTMLElement>("main h1");

/** True when nothing on the page has focus: the focused element was removed, or a dialog closed. */
export const focusLost = (): boolean => document.activeElement === null || document.activeElement === document.body;

/**
 * A ref callback for an element (one control, or a container of controls) that may be removed while
 * focus is in it. When that happens focus moves to `next()`; without `next`, or when it gives nothing,
 * to the nearest enclosing element with tabindex -1 that is still there, then to the page heading.
 *
 * React runs a ref's cleanup before it takes the node out of the page, so focus can still be seen
 * inside it then; `next` runs once the whole update is in (a microtask later), so it may return an
 * element that the same update added. Safe to create on every render: a ref re-attached to a node
 * that stays does nothing. So React really removes the element, give it a key apart from whatever
 * takes its place in a ternary (React reuses an element of the same type in the same place).
 */
export function focusFallback<T extends HTMLElement>(next?: () => Target): (node: T | null) => (() => void) | undefined {
  return (node) => {
    if (!node) return undefined;
    return () => {
      if (!node.contains(document.activeElement)) return;
      const region = node.parentElement?.closest<HTMLElement>('[tabindex="-1"]');
      queueMicrotask(() => {
        if (node.isConnected || !focusLost()) return;
        (next?.() ?? (region?.isConnected ? region : null) ?? pageHeading())?.focus();
      });
    };
  };
}

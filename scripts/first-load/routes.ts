// The pages whose first load has a size budget, and the budget. Read by check.ts and by the
// end-to-end test e2e/first-load.spec.ts, which checks these are the files Chromium fetches.

/**
 * First-load budget: the gzipped JavaScript a page needs before it shows, in bytes (100 kB).
 * Sized for a laptop on a slow hotel connection the night before an interview.
 */
export const FIRST_LOAD_BUDGET_BYTES = 100_000;

/** A page and the build-manifest keys its first load starts from ("index.html" is the entry). */
export interface FirstLoadRoute {
  path: string;
  name: string;
  entries: readonly string[];
}

// Sign-in and the dashboard are part of the entry chunk: a lazy page would cost them a round
// trip after the session check. A page made lazy adds its source path here.
export const FIRST_LOAD_ROUTES: readonly FirstLoadRoute[] = [
  { path: "/signin", name: "sign-in", entries: ["index.html"] },
  { path: "/", name: "dashboard", entries: ["index.html"] },
];

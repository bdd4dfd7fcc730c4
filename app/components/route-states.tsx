// What the signed-in pages show in place of a page while its chunk is on its way, and when that
// fetch (or the page itself) fails. Used by app/router.tsx.
import { Suspense } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { Outlet, useLocation } from "react-router";
import { PageHeading } from "./page";
import { ErrorNotice, Loading } from "./ui";

/** The current page, a calm "Loading" while its code arrives, and an error with a retry if it never does. */
export function PageOutlet() {
  const { pathname } = useLocation();
  return (
    // Going to another page clears the error: that page may load fine.
    <ErrorBoundary FallbackComponent={PageError} resetKeys={[pathname]}>
      <Suspense fallback={<Loading label="Loading the page…" />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite's preload helper
// says "Unable to preload CSS". All of them mean the page's code never arrived.
const MISSING_CODE = /dynamically imported module|module script failed|error loading dynamically|unable to preload/i;

/**
 * A page whose code did not arrive (offline, or a new version was deployed and the old chunks are
 * gone) or that failed while rendering. Trying again reloads the app: React keeps a failed lazy
 * import failed, and a reload also fetches the current index.html and its chunks.
 */
function PageError({ error }: FallbackProps) {
  const missingCode = error instanceof Error && MISSING_CODE.test(error.message);
  return (
    <>
      <PageHeading title={missingCode ? "This page did not load" : "Something went wrong"} />
      <ErrorNotice onRetry={() => window.location.reload()}>
        {missingCode ? "Check your connection, then try again." : "This page stopped working. Your interviews are saved; try again."}
      </ErrorNotice>
    </>
  );
}

// What the signed-in pages show around their own content while the router fetches a page's chunk,
// and when that fetch (or the page) fails. Used by app/router.tsx.
import { Outlet, useNavigation, useRouteError } from "react-router";
import { PageHeading } from "./page";
import { ErrorNotice, Loading } from "./ui";

/** Renders the current page and, while the next one's code is on its way, says so. */
export function PageOutlet() {
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === "loading" && <Loading label="Loading the page…" />}
      <Outlet />
    </>
  );
}

/** Shown on a deep link until the page's chunk has arrived. */
export function PageFallback() {
  return <Loading label="Loading the page…" />;
}

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite's preload helper
// says "Unable to preload CSS". All of them mean the code never arrived.
const CHUNK_FAILURE = /dynamically imported module|module script failed|error loading dynamically|unable to preload/i;

/**
 * A page that could not load its code (offline, or a new version was deployed and the old chunks
 * are gone) or that failed while rendering. Trying again reloads the app, which fetches the
 * current index.html and its chunks.
 */
export function PageError() {
  const error = useRouteError();
  const missingCode = error instanceof Error && CHUNK_FAILURE.test(error.message);
  return (
    <>
      <PageHeading title={missingCode ? "This page did not load" : "Something went wrong"} />
      <ErrorNotice onRetry={() => window.location.reload()}>
        {missingCode
          ? "Check your connection, then try again."
          : "This page stopped working. Trying again reloads it; your interviews are saved."}
      </ErrorNotice>
    </>
  );
}

// Guards signed-in pages: waits for the session check, then shows the page or sends to sign-in,
// remembering where the user wanted to go.
import { Navigate, Outlet, useLocation } from "react-router";
import { useAppStore } from "../store";
import { Loading } from "./ui";

export function RequireSession() {
  const status = useAppStore((s) => s.sessionStatus);
  const location = useLocation();
  if (status === "checking") {
    return (
      <main className="mx-auto max-w-4xl px-4 py-8">
        <Loading label="Checking your session…" />
      </main>
    );
  }
  if (status === "signed-out") {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <Outlet />;
}

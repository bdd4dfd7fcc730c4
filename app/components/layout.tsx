// The frame around every signed-in page: skip link, header with the user and sign-out, main landmark.
import { useState } from "react";
import { Link, Outlet, useNavigate } from "react-router";
import { ApiRequestError } from "../api/http";
import { useAppStore } from "../store";
import { Button, ErrorNotice } from "./ui";

export function Layout() {
  const user = useAppStore((s) => s.user);
  const signOut = useAppStore((s) => s.signOut);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  async function handleSignOut() {
    setError(null);
    try {
      await signOut();
      navigate("/signin", { replace: true });
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : "Could not sign out. Please try again.");
    }
  }

  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link to="/" className="text-lg font-semibold text-indigo-800">
            Interview Practice
          </Link>
          <nav aria-label="Account" className="flex items-center gap-3 text-sm">
            {user && <span className="text-slate-600">Signed in as <strong className="text-slate-900">{user.username}</strong></span>}
            <Button variant="secondary" onClick={handleSignOut}>
              Sign out
            </Button>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8">
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <Outlet />
      </main>
    </div>
  );
}

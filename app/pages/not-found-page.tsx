// Any path the app does not know.
import { Link } from "react-router";
import { PageHeading } from "../components/page";

export function NotFoundPage() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <PageHeading title="Page not found" />
      <p className="text-slate-700">There is nothing at this address.</p>
      <Link to="/" className="font-medium text-indigo-800 underline">
        Go to your interviews
      </Link>
    </main>
  );
}

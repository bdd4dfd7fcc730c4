// Says why the room stopped following the interview when the server closed this tab's socket on
// purpose (opened in too many tabs, or deleted), and offers the way on. Ordinary drops reconnect by themselves.
import { Link } from "react-router";
import type { ConnectionState } from "../../live/live-connection";
import { Button } from "../ui";

export function ConnectionNotice({ state, onReconnect }: { state: ConnectionState; onReconnect: () => void }) {
  if (state === "replaced") {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <span>
          This interview is open in another tab or window, so this tab stopped following it. Nothing you said is lost.
        </span>
        <Button variant="secondary" onClick={onReconnect}>
          Continue here
        </Button>
      </div>
    );
  }
  if (state === "deleted") {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
        <span>This interview was deleted.</span>
        <Link to="/" className="font-medium text-indigo-800 underline">
          Back to your interviews
        </Link>
      </div>
    );
  }
  return null;
}

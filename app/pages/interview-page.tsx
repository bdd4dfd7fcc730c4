// One interview: what it covers, where it stands, and everything said so far.
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import type { InterviewDetail } from "../../worker/protocol/rest";
import { interviewsApi } from "../api/endpoints";
import { ApiRequestError } from "../api/http";
import { PageHeading } from "../components/page";
import { ErrorNotice, Loading, StatusBadge, formatDate } from "../components/ui";

type Load =
  | { state: "loading" }
  | { state: "loaded"; interview: InterviewDetail }
  | { state: "failed"; error: ApiRequestError | null };

const speaker = { user: "You", assistant: "Interviewer", system: "Note" } as const;

export function InterviewPage() {
  const { interviewId = "" } = useParams();
  // Tagged with the id it belongs to, so navigating to another interview shows "loading", not stale data.
  const [result, setResult] = useState<{ interviewId: string; attempt: number; load: Load } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const current = result?.interviewId === interviewId && result.attempt === attempt;
  const load: Load = current ? result.load : { state: "loading" };

  useEffect(() => {
    let stale = false;
    interviewsApi.get(interviewId).then(
      (interview) => !stale && setResult({ interviewId, attempt, load: { state: "loaded", interview } }),
      (e: unknown) =>
        !stale &&
        setResult({ interviewId, attempt, load: { state: "failed", error: e instanceof ApiRequestError ? e : null } }),
    );
    return () => {
      stale = true;
    };
  }, [interviewId, attempt]);

  const retry = () => setAttempt((n) => n + 1);

  if (load.state === "loading") return <Loading label="Loading the interview…" />;

  if (load.state === "failed") {
    if (load.error?.status === 404) {
      return (
        <>
          <PageHeading title="Interview not found" />
          <p className="text-slate-700">It may have been deleted, or the link is wrong.</p>
          <Link to="/" className="font-medium text-indigo-800 underline">
            Back to your interviews
          </Link>
        </>
      );
    }
    return (
      <>
        <PageHeading title="Interview" />
        <ErrorNotice onRetry={retry}>{load.error?.message ?? "Could not load the interview."}</ErrorNotice>
      </>
    );
  }

  const { interview } = load;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to="/" className="text-indigo-800 underline">
          Your interviews
        </Link>
      </nav>
      <PageHeading title={interview.title} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
        <dt className="font-medium text-slate-700">Status</dt>
        <dd>
          <StatusBadge status={interview.status} />
        </dd>
        <dt className="font-medium text-slate-700">Skills</dt>
        <dd>{interview.skills.join(", ")}</dd>
        <dt className="font-medium text-slate-700">Questions</dt>
        <dd>{interview.questionCount}</dd>
        <dt className="font-medium text-slate-700">Created</dt>
        <dd>{formatDate(interview.createdAt)}</dd>
      </dl>
      <section aria-labelledby="transcript-heading" className="flex flex-col gap-3">
        <h2 id="transcript-heading" className="text-lg font-semibold">
          Transcript
        </h2>
        {interview.messages.length === 0 ? (
          <p className="text-slate-700">Nothing has been said yet.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {interview.messages.map((message) => (
              <li key={message.messageId} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{speaker[message.role]}</p>
                <p className="mt-1 whitespace-pre-wrap">{message.content}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

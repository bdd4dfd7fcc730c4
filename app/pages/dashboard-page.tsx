// The history dashboard: a greeting, every interview newest first with its result, and delete.
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { InterviewListItem } from "../../worker/protocol/rest";
import { ApiRequestError } from "../api/http";
import { ConfirmDialog } from "../components/confirm-dialog";
import { PageHeading } from "../components/page";
import { ProgressSection } from "../components/progress/progress-section";
import { Button, ErrorNotice, Loading, StatusBadge, buttonStyles, formatDate } from "../components/ui";
import { greeting } from "../lib/greeting";
import { useAppStore } from "../store";

export function DashboardPage() {
  const { interviews, nextCursor, listStatus, listError, loadInterviews, deleteInterview, user, newAccount } = useAppStore();
  const [pendingDelete, setPendingDelete] = useState<InterviewListItem | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const history = useRef<HTMLUListElement>(null);
  const newInterviewLink = useRef<HTMLAnchorElement>(null);
  /** The row whose link takes focus once it is on the page: the first of a page of older interviews. */
  const focusRow = useRef<number | null>(null);
  /** Where the deleted interview was, so focus can go to its neighbour once the dialog closes. */
  const deletedRow = useRef(0);

  useEffect(() => {
    void loadInterviews();
  }, [loadInterviews]);

  useEffect(() => {
    const links = history.current?.querySelectorAll<HTMLElement>("li a");
    if (focusRow.current === null || !links?.[focusRow.current]) return;
    links[focusRow.current]!.focus();
    focusRow.current = null;
  }, [interviews]);

  async function showOlder() {
    focusRow.current = interviews.length;
    await loadInterviews(true);
    if (useAppStore.getState().listStatus === "failed") focusRow.current = null;
  }

  /** The interview now in the deleted one's place, else the one before it, else "New interview". */
  function afterDelete() {
    const links = history.current?.querySelectorAll<HTMLElement>("li a");
    return links?.[deletedRow.current] ?? links?.[deletedRow.current - 1] ?? newInterviewLink.current;
  }

  async function confirmDelete() {
    if (!pendingDelete) return;
    setDeleting(true);
    setDeleteError(null);
    deletedRow.current = interviews.indexOf(pendingDelete);
    try {
      await deleteInterview(pendingDelete.interviewId);
      setNotice(`Deleted “${pendingDelete.title}”.`);
      setPendingDelete(null);
    } catch (e) {
      setDeleteError(e instanceof ApiRequestError ? e.message : "Could not delete. Please try again.");
      setPendingDelete(null);
    } finally {
      setDeleting(false);
    }
  }

  const firstLoad = listStatus === "loading" && interviews.length === 0;
  const welcome = user && greeting({ username: user.username, newAccount, interviewCount: listStatus === "loaded" ? interviews.length : null });

  return (
    <>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <PageHeading title="Your interviews" />
          <Link ref={newInterviewLink} to="/interviews/new" className={buttonStyles.primary}>
            New interview
          </Link>
        </div>
        {welcome && <p className="text-slate-700">{welcome}</p>}
      </div>
      <p role="status" className="sr-only">
        {notice}
      </p>
      {deleteError && <ErrorNotice>{deleteError}</ErrorNotice>}
      {firstLoad && <Loading label="Loading your interviews…" />}
      {listStatus === "failed" && <ErrorNotice onRetry={() => void loadInterviews()}>{listError}</ErrorNotice>}
      {listStatus === "loaded" && interviews.length === 0 && (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No interviews yet</h2>
          <p className="mt-2 text-slate-700">Pick a role and a few skills, then answer out loud. It takes about 15 minutes.</p>
          <Link to="/interviews/new" className={`${buttonStyles.primary} mt-4`}>
            Start your first interview
          </Link>
        </section>
      )}
      <ProgressSection />
      {interviews.length > 0 && (
        <ul ref={history} aria-label="Interview history" className="flex flex-col gap-3">
          {interviews.map((interview) => (
            <li key={interview.interviewId} className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex min-w-0 flex-col gap-1">
                <Link to={`/interviews/${interview.interviewId}`} className="truncate text-base font-semibold text-indigo-800 underline-offset-2 hover:underline">
                  {interview.title}
                </Link>
                <p className="text-sm text-slate-700">{interview.skills.join(", ")}</p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <StatusBadge status={interview.status} />
                  <Result interview={interview} />
                  <span>{formatDate(interview.createdAt)}</span>
                </p>
              </div>
              <Button variant="quiet" onClick={() => setPendingDelete(interview)} aria-label={`Delete ${interview.title}, ${formatDate(interview.createdAt)}`}>
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <Button variant="secondary" className="self-center" disabled={listStatus === "loading"} onClick={() => void showOlder()}>
          {listStatus === "loading" ? "Loading…" : "Show older interviews"}
        </Button>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete this interview?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
        focusAfterClose={afterDelete}
      >
        “{pendingDelete?.title}” and everything said in it will be gone for good.
      </ConfirmDialog>
    </>
  );
}

/** A finished interview's overall score from its report; nothing while there is no report to show. */
function Result({ interview }: { interview: InterviewListItem }) {
  if (interview.status !== "completed" || !interview.report) return null;
  return (
    <span className="font-medium text-slate-800">
      {interview.report.score === null ? "Not enough to score" : `Score ${interview.report.score} / 5`}
    </span>
  );
}

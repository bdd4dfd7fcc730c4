// The feedback report under a finished interview: overall summary, next steps, then each question.
import { useCallback, useEffect, useState } from "react";
import type { Report } from "../../../worker/protocol/report";
import { isAttemptOpen, type LiveMessage } from "../../../worker/protocol/socket";
import { reportApi } from "../../api/report-endpoints";
import { ApiRequestError } from "../../api/http";
import type { LiveConnection } from "../../live/live-connection";
import type { useVoiceAnswer } from "../../live/use-voice-answer";
import { QuestionAttempts } from "../attempts/question-attempts";
import { Button, ErrorNotice, Loading } from "../ui";
import { QuestionFeedbackView } from "./question-feedback";
import { download, reportMarkdown } from "./report-markdown";
import { RequirementsView } from "./requirements-view";
import { talkShareText } from "./talk-share";

const fileStem = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "interview";

/** The report as exported: with each scored attempt at a question, in the order they were made. */
const withAttempts = (report: Report, attempts: LiveMessage[]) => ({
  ...report,
  attempts: attempts.flatMap((a) => (a.feedback ? [{ questionId: a.attemptOf, answeredAt: a.timestamp, feedback: a.feedback }] : [])),
});

type Load = { state: "loading" } | { state: "ready"; report: Report } | { state: "failed"; message: string };

interface ReportSectionProps {
  interviewId: string;
  title: string;
  /** Attempts at single questions, from the live connection, oldest first. */
  attempts: LiveMessage[];
  /** The question whose last spoken attempt had no words in it (not kept), if any. */
  heardNothingFor: string | null;
  connection: LiveConnection | null;
  connected: boolean;
  voice: ReturnType<typeof useVoiceAnswer>;
}

export function ReportSection({ interviewId, title, attempts, heardNothingFor, connection, connected, voice }: ReportSectionProps) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  /** The question whose answer panel is open: one at a time, like the microphone. */
  const [practising, setPractising] = useState<string | null>(null);
  const closePanel = useCallback(() => setPractising(null), []);

  useEffect(() => {
    let stale = false;
    // Right after the interview ends the report may still be being written: ask to write it if missing.
    reportApi
      .get(interviewId)
      .catch((e: unknown) => (e instanceof ApiRequestError && e.status === 404 ? reportApi.rewrite(interviewId) : Promise.reject(e)))
      .then(
        (report) => !stale && setLoad({ state: "ready", report }),
        (e: unknown) => !stale && setLoad({ state: "failed", message: e instanceof ApiRequestError ? e.message : "Could not load the report." }),
      );
    return () => {
      stale = true;
    };
  }, [interviewId, attempt]);

  if (load.state === "loading") return <Loading label="Preparing your feedback…" />;
  if (load.state === "failed") return <ErrorNotice onRetry={() => setAttempt((n) => n + 1)}>{load.message}</ErrorNotice>;
  const { report } = load;
  return (
    <section aria-labelledby="report-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="report-heading" className="text-xl font-semibold">
          Feedback
        </h2>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button variant="secondary" onClick={() => download(`${fileStem(title)}-feedback.md`, reportMarkdown(report, title, attempts), "text/markdown")}>
            Download Markdown
          </Button>
          <Button variant="secondary" onClick={() => download(`${fileStem(title)}-feedback.json`, JSON.stringify(withAttempts(report, attempts), null, 2), "application/json")}>
            Download JSON
          </Button>
          <Button variant="secondary" onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </div>
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <p className="text-lg font-semibold">{report.overall.score === null ? "Not enough to score" : `Overall ${report.overall.score} / 5`}</p>
        <p className="mt-1 text-slate-800">{report.overall.summary}</p>
        {report.overall.talkShare !== null && <p className="mt-1 text-sm text-slate-700">{talkShareText(report.overall.talkShare)}</p>}
        {report.overall.nextSteps.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-semibold">Next steps</h3>
            <ol className="mt-1 list-decimal pl-5 text-sm">
              {report.overall.nextSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        )}
        {report.provider === "offline" && (
          <p className="mt-3 text-xs text-slate-600">Computed offline from your answers and the expected talking points, not written by a model.</p>
        )}
      </div>
      {report.requirements && <RequirementsView requirements={report.requirements} />}
      {report.questions.map((feedback, i) => (
        <QuestionFeedbackView key={feedback.questionId} feedback={feedback} number={i + 1}>
          <QuestionAttempts
            interviewId={interviewId}
            first={feedback}
            number={i + 1}
            attempts={attempts.filter((a) => a.attemptOf === feedback.questionId)}
            busy={attempts.some(isAttemptOpen)}
            heardNothing={heardNothingFor === feedback.questionId}
            connection={connection}
            connected={connected}
            voice={voice}
            open={practising === feedback.questionId}
            onOpen={() => setPractising(feedback.questionId)}
            onClose={closePanel}
          />
        </QuestionFeedbackView>
      ))}
    </section>
  );
}

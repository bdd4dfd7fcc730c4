// Trying one question of a finished interview again, from its feedback: the answer panel (spoken or
// typed), each attempt as it is recorded, transcribed and scored, and the comparison with the first answer.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { QuestionFeedback } from "../../../worker/protocol/report";
import type { LiveMessage } from "../../../worker/protocol/socket";
import type { LiveConnection } from "../../live/live-connection";
import type { useVoiceAnswer } from "../../live/use-voice-answer";
import { FeedbackDetails } from "../report/question-feedback";
import { AnswerPlayback } from "../room/answer-playback";
import { AnswerPanel } from "../room/answer-panel";
import { focusFallback } from "../../lib/focus";
import { OpenAnswerNotice } from "../room/open-answer-notice";
import { Button } from "../ui";
import { AttemptComparison } from "./attempt-comparison";

interface QuestionAttemptsProps {
  interviewId: string;
  first: QuestionFeedback;
  number: number;
  /** This question's attempts, oldest first. */
  attempts: LiveMessage[];
  /** Another attempt in this interview is still being recorded, transcribed or scored. */
  busy: boolean;
  /** The last spoken attempt at this question had no words in it, so it was not kept. */
  heardNothing: boolean;
  connection: LiveConnection | null;
  connected: boolean;
  voice: ReturnType<typeof useVoiceAnswer>;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
}

/** The first answer is attempt 1, so later ones count from 2. */
const attemptLabel = (index: number) => `Attempt ${index + 2}`;

export function QuestionAttempts(props: QuestionAttemptsProps) {
  const { first, number, attempts, busy, heardNothing, connection, connected, voice, open, onOpen, onClose } = props;
  const selectId = useId();
  // The attempt on show: the candidate's choice, until a newer attempt arrives.
  const [chosen, setChosen] = useState<{ messageId: string; count: number } | null>(null);
  const shownIndex = chosen && chosen.count === attempts.length ? attempts.findIndex((a) => a.messageId === chosen.messageId) : attempts.length - 1;
  const shown = attempts[shownIndex];
  /** The attempt at this question being recorded on this page right now, if any. */
  const recordingId = voice.state.phase === "recording" && voice.state.attemptOf === first.questionId ? voice.state.answerId : null;
  const recordingHere = recordingId !== null;

  // Keyboard and screen-reader users land where the action is: in the panel when it opens; when it
  // closes (the panel, and the button they pressed, are gone then), on the attempt's progress once it
  // is sent, or back on "Try this question again" when they cancelled.
  const panel = useRef<HTMLDivElement>(null);
  const attemptsArea = useRef<HTMLDivElement>(null);
  const tryAgainButton = useRef<HTMLButtonElement>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!open) return;
    sent.current = false;
    panel.current?.querySelector<HTMLElement>("button, textarea")?.focus();
  }, [open]);
  const closeAfterSending = useCallback(() => {
    sent.current = true;
    onClose();
  }, [onClose]);

  // A spoken attempt closes the panel once it is sent, as a typed one does.
  const startedHere = useRef(false);
  useEffect(() => {
    if (recordingHere) startedHere.current = true;
    else if (startedHere.current && voice.state.phase === "idle") {
      startedHere.current = false;
      closeAfterSending();
    }
  }, [recordingHere, voice.state.phase, closeAfterSending]);

  const sendText = (text: string) => {
    const sent = connection?.send({ type: "text_answer", answerId: crypto.randomUUID(), text, attemptOf: first.questionId }) ?? false;
    if (sent) closeAfterSending();
    return sent;
  };

  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-3">
      <div ref={attemptsArea} tabIndex={-1} className="flex flex-col gap-3">
        {attempts.length > 0 && (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="text-sm font-semibold text-slate-800">Your attempts at this question</h4>
            {attempts.length > 1 && (
              <label htmlFor={selectId} className="flex items-center gap-2 text-sm">
                Compare with
                <select
                  id={selectId}
                  value={shown?.messageId}
                  onChange={(e) => setChosen({ messageId: e.target.value, count: attempts.length })}
                  className="rounded-md border border-slate-300 bg-white px-2 py-1"
                >
                  {attempts.map((a, i) => (
                    <option key={a.messageId} value={a.messageId}>
                      {attemptLabel(i)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        )}
        {shown && (
          <AttemptView
            interviewId={props.interviewId}
            attempt={shown}
            label={attemptLabel(shownIndex)}
            first={first}
            recordingHere={recordingId === shown.messageId}
            connection={connection}
            onDiscarded={onOpen}
          />
        )}
      </div>
      {open ? (
        // Keyed apart from the other branch, so React removes this element (and its focus fallback runs).
        <div key="panel" ref={focusFallback(() => (sent.current ? attemptsArea.current : tryAgainButton.current))} className="contents">
          <div ref={panel} className="flex flex-col gap-2 print:hidden">
            <AnswerPanel
              title={`Try question ${number} again`}
              headingLevel="h4"
              attemptOf={first.questionId}
              canAnswer={connected && !busy}
              voice={voice}
              onSendText={sendText}
              heardNothing={heardNothing}
            />
            {!recordingHere && (
              <Button variant="quiet" className="self-start" onClick={onClose}>
                Cancel
              </Button>
            )}
          </div>
        </div>
      ) : (
        <div key="closed" className="flex flex-wrap items-center gap-3 print:hidden">
          {heardNothing && (
            <p role="status" className="w-full rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
              We didn't hear any words in your last attempt, so it was not kept. Try again, out loud or by typing.
            </p>
          )}
          <Button ref={tryAgainButton} variant="secondary" onClick={onOpen} disabled={busy || voice.state.phase === "recording"}>
            Try this question again
          </Button>
          {busy && <span className="text-xs text-slate-600">One attempt at a time: wait for the one in progress.</span>}
        </div>
      )}
    </div>
  );
}

interface AttemptViewProps {
  interviewId: string;
  attempt: LiveMessage;
  label: string;
  first: QuestionFeedback;
  recordingHere: boolean;
  connection: LiveConnection | null;
  /** The failed attempt was thrown away: open the panel to answer again. */
  onDiscarded: () => void;
}

function AttemptView({ interviewId, attempt, label, first, recordingHere, connection, onDiscarded }: AttemptViewProps) {
  const progress =
    attempt.status === "recording"
      ? recordingHere
        ? "Listening… your words appear below as they are transcribed."
        : null
      : attempt.status === "transcribing"
        ? "Transcribing your answer…"
        : attempt.status === "complete" && !attempt.feedback
          ? "Scoring your answer…"
          : attempt.feedback
            ? `${label} compared with your first answer:`
            : null;
  return (
    <section aria-label={label} className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3">
      <p role="status" className="text-sm font-medium text-slate-800">
        {progress}
      </p>
      {/* Once pressed, these controls go away; focus then moves to the attempts area around them. */}
      {attempt.status === "recording" && !recordingHere && (
        <div ref={focusFallback()} className="contents">
          <OpenAnswerNotice
            headingLevel="h4"
            onFinish={() => connection?.send({ type: "answer_end", answerId: attempt.messageId })}
            onDiscard={() => connection?.send({ type: "answer_cancel", answerId: attempt.messageId })}
          />
        </div>
      )}
      {attempt.status === "failed" && (
        <div role="alert" ref={focusFallback()} className="flex flex-wrap items-center gap-3 text-sm text-red-900">
          <span>{attempt.error}</span>
          <Button variant="secondary" onClick={() => connection?.send({ type: "retry", messageId: attempt.messageId })}>
            Try again
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              if (connection?.send({ type: "answer_cancel", answerId: attempt.messageId })) onDiscarded();
            }}
          >
            Discard and answer again
          </Button>
        </div>
      )}
      {attempt.feedback ? (
        <>
          <AttemptComparison first={first} attempt={attempt.feedback} attemptLabel={label} />
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700">What you said this time, and feedback on it</summary>
            <div className="mt-2 flex flex-col gap-3">
              <p className="whitespace-pre-wrap">{attempt.content || "(nothing)"}</p>
              <FeedbackDetails feedback={attempt.feedback} />
            </div>
          </details>
        </>
      ) : (
        attempt.content && <p className="whitespace-pre-wrap text-sm text-slate-800">{attempt.content}</p>
      )}
      {attempt.kind === "voice" && attempt.status === "complete" && (
        <div className="print:hidden">
          <AnswerPlayback interviewId={interviewId} messageId={attempt.messageId} />
        </div>
      )}
    </section>
  );
}

// The conversation so far: the interviewer's questions as they stream in, the candidate's answers
// as they are transcribed, and a retry button on anything that failed. Text only, never HTML.
import { useEffect, useRef } from "react";
import type { LiveMessage } from "../../../worker/protocol/socket";
import { focusFallback } from "../../lib/focus";
import { Button } from "../ui";
import { AnswerPlayback } from "./answer-playback";

const speaker = { user: "You", assistant: "Interviewer", system: "Note" } as const;

const progress: Partial<Record<LiveMessage["status"], string>> = {
  recording: "Listening…",
  transcribing: "Transcribing…",
  streaming: "Speaking…",
};

interface TranscriptProps {
  messages: LiveMessage[];
  onRetry: (messageId: string) => void;
  /** Throws away a failed answer so the candidate can answer again. */
  onDiscard: (messageId: string) => void;
  /** Keep the newest message in view: while the interview goes on, not under a finished one's feedback. */
  follow?: boolean;
  /** Where focus goes when the message it is in leaves the transcript (a failed answer discarded). */
  focusAfterRemoval?: () => HTMLElement | null;
  /** A model is writing the questions from a job posting before the first (PLAN_TIMEOUT_MS a try, one retry, then the offline plan). */
  preparingFromPosting?: boolean;
  /** An answer still open on the server that nothing records now (a reload interrupted it): not "Listening…". */
  interruptedId?: string | null;
}

const INTERRUPTED = "Interrupted: not recording";

export function Transcript({ messages, onRetry, onDiscard, follow = true, focusAfterRemoval, preparingFromPosting = false, interruptedId = null }: TranscriptProps) {
  const list = useRef<HTMLOListElement>(null);
  // Keep the newest message in view as the conversation grows, like any chat; focus stays where it is.
  useEffect(() => {
    if (!follow) return;
    const behavior = matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
    list.current?.lastElementChild?.scrollIntoView({ block: "nearest", behavior });
  }, [messages.length, follow]);

  if (messages.length === 0) {
    return (
      <p className="text-slate-700">
        {preparingFromPosting
          ? "The interviewer is reading the job posting and writing its questions. This can take a minute or two."
          : "The interviewer will start in a moment."}
      </p>
    );
  }
  return (
    <ol ref={list} aria-label="Transcript" className="flex flex-col gap-3">
      {messages.map((message) => (
        <li
          key={message.messageId}
          // Where focus goes when this message's "Try again" is pressed and goes away.
          tabIndex={-1}
          ref={focusFallback(focusAfterRemoval)}
          className={`rounded-xl p-4 shadow-sm ring-1 ${
            message.role === "user" ? "ml-6 bg-indigo-50 ring-indigo-100" : "mr-6 bg-white ring-slate-200"
          }`}
        >
          <p className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
            {speaker[message.role]}
            {message.kind === "voice" && <span className="font-normal normal-case">(spoken)</span>}
            {message.messageId === interruptedId ? (
              <span className="font-normal normal-case text-amber-900">{INTERRUPTED}</span>
            ) : (
              progress[message.status] && <span className="font-normal normal-case text-indigo-800">{progress[message.status]}</span>
            )}
          </p>
          <p className="mt-1 whitespace-pre-wrap text-slate-900">
            {message.content || (message.status === "recording" ? "…" : "")}
          </p>
          {message.requirement && (
            <p className="mt-2 border-l-2 border-indigo-200 pl-2 text-sm text-slate-700">
              <span className="font-medium">Requirement it probes:</span> {message.requirement.text}
            </p>
          )}
          {message.kind === "voice" && message.status !== "recording" && (
            <AnswerPlayback interviewId={message.interviewId} messageId={message.messageId} />
          )}
          {message.status === "failed" && (
            <div role="alert" ref={focusFallback()} className="mt-2 flex flex-wrap items-center gap-3 text-sm text-red-900">
              <span>{message.error}</span>
              <Button variant="secondary" onClick={() => onRetry(message.messageId)}>
                Try again
              </Button>
              {message.role === "user" && (
                <Button variant="secondary" onClick={() => onDiscard(message.messageId)}>
                  Discard and answer again
                </Button>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

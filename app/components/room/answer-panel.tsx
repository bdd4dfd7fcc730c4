// Where the candidate answers: out loud (start, level meter, done, discard) or by typing.
// Typing always works, including when the microphone is denied, missing or unsupported.
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from "react";
import { TEXT_ANSWER_CHARS_MAX } from "../../../worker/protocol/audio";
import { countOf } from "../../../worker/protocol/plural";
import { focusFallback } from "../../lib/focus";
import type { useVoiceAnswer } from "../../live/use-voice-answer";
import { LevelMeter } from "../level-meter";
import { Button } from "../ui";
import { TurnCountdown } from "./turn-countdown";

const WRITE_FIRST = "Write something first.";
/** A paste over the limit is kept whole (nothing the candidate wrote is cut off unseen) and the field says by how much. */
const tooLong = (length: number) =>
  `Typed answers are limited to ${countOf(TEXT_ANSWER_CHARS_MAX, "character")}: this one is ${countOf(length - TEXT_ANSWER_CHARS_MAX, "character")} over. Shorten it, then send.`;

interface AnswerPanelProps {
  canAnswer: boolean;
  /** Heading text and level: the room's own panel, or an attempt at one question inside the report. */
  title?: string;
  headingLevel?: "h2" | "h4";
  /** The question an attempt is for, when answering from the report. */
  attemptOf?: string;
  voice: ReturnType<typeof useVoiceAnswer>;
  onSendText: (text: string) => boolean;
  /** The server found no words in the last spoken answer here, so it was not kept. */
  heardNothing?: boolean;
  /** The "Answer out loud" / "Done" button, for a page that moves focus to it. */
  answerButtonRef?: RefObject<HTMLButtonElement | null>;
  /** How answers are taken (the room's hands-free switch), shown under the heading. */
  settings?: ReactNode;
  /** Listening while the interviewer is still talking (barge-in). */
  overLine?: boolean;
}

export function AnswerPanel({
  canAnswer,
  title = "Your answer",
  headingLevel: Heading = "h2",
  attemptOf,
  voice,
  onSendText,
  heardNothing = false,
  answerButtonRef,
  settings,
  overLine = false,
}: AnswerPanelProps) {
  const [text, setText] = useState("");
  const [typedError, setTypedError] = useState<string | null>(null);
  const textId = useId();
  const ownAnswerButton = useRef<HTMLButtonElement>(null);
  const answerButton = answerButtonRef ?? ownAnswerButton;
  const { state } = voice;
  const recording = state.phase === "recording" || state.phase === "stopping";
  // A hands-free answer with no words yet: the candidate may still choose to type instead.
  const mayTypeInstead = state.phase === "recording" && voice.turn?.phase === "waiting";
  const typedLength = text.trim().length;
  const over = typedLength > TEXT_ANSWER_CHARS_MAX;
  const shownError = over ? tooLong(typedLength) : typedError;

  function submit(event: FormEvent) {
    event.preventDefault();
    const answer = text.trim();
    if (!answer) return setTypedError(WRITE_FIRST);
    if (answer.length > TEXT_ANSWER_CHARS_MAX) return; // the field already says so
    if (mayTypeInstead) voice.discard();
    if (!onSendText(answer)) return setTypedError("Not connected right now. Your text is still here; send it again in a moment.");
    setTypedError(null);
    setText("");
  }

  return (
    <section aria-labelledby={`${textId}-heading`} className="flex flex-col gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <Heading id={`${textId}-heading`} className="text-lg font-semibold">
        {title}
      </Heading>
      {settings}
      {state.phase === "unavailable" && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {state.message}
        </p>
      )}
      {!recording && (voice.heardNothing || heardNothing) && (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          We didn't hear any words in that answer, so nothing was kept. Check that your microphone is on and not muted,
          then answer again, or type your answer below.
        </p>
      )}
      {recording && voice.roughDetection && (
        <p className="text-xs text-slate-600">
          This browser could not load the speech detector, so pauses are judged by loudness alone. Background noise may be
          taken for speech.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {/* One button turns from "Answer out loud" into "Done" and back, so keyboard focus stays on it. */}
        <Button
          ref={answerButton}
          onClick={recording ? () => void voice.stop() : () => void voice.start(attemptOf)}
          disabled={recording ? state.phase === "stopping" : !canAnswer || state.phase === "starting"}
        >
          {state.phase === "starting" ? "Starting microphone…" : state.phase === "stopping" ? "Sending…" : recording ? "Done" : "Answer out loud"}
        </Button>
        {recording && (
          <>
            <Button
              ref={focusFallback(() => answerButton.current)}
              variant="secondary"
              onClick={voice.discard}
              disabled={state.phase === "stopping"}
            >
              Discard and start again
            </Button>
            <LevelMeter level={voice.level} active silentHint={!voice.heardSpeech && voice.turn === null} className="min-w-40 flex-1" />
          </>
        )}
      </div>
      <div ref={focusFallback(() => answerButton.current)} className="contents">
        <TurnCountdown voice={voice} overLine={overLine} />
      </div>
      {voice.limitReached && <p className="text-sm text-slate-700">That answer reached the five-minute limit, so it was sent.</p>}
      <form onSubmit={submit} className="flex flex-col gap-2">
        <label htmlFor={textId} className="text-sm font-medium text-slate-800">
          Or type your answer
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            // Typing is answering: stop listening for words, or a cough could lock the field mid-sentence.
            if (mayTypeInstead) voice.discard();
            if (typedError === WRITE_FIRST && e.target.value.trim()) setTypedError(null);
          }}
          rows={4}
          disabled={recording && !mayTypeInstead}
          aria-describedby={`${textId}-count`}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span id={`${textId}-count`} className={`text-xs ${over ? "font-medium text-red-800" : "text-slate-600"}`}>
            {text.length} / {countOf(TEXT_ANSWER_CHARS_MAX, "character")}
          </span>
          <Button type="submit" variant="secondary" disabled={mayTypeInstead ? false : !canAnswer || recording}>
            Send typed answer
          </Button>
        </div>
        {shownError && (
          <p role="alert" className="text-sm text-red-800">
            {shownError}
          </p>
        )}
      </form>
    </section>
  );
}

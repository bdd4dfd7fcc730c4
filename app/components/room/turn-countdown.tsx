// Where a hands-free answer stands, under the answer button: listening for the first words, a gentle
// prompt after a long thinking pause, the countdown before the answer is sent, and "I'm still thinking".
// Used by the answer panel (in the room and for attempts from the report).
import type { useVoiceAnswer } from "../../live/use-voice-answer";
import { Button } from "../ui";

export const THINKING_PROMPT = "Take your time — start whenever you're ready, or type your answer. If you are already speaking, check your microphone.";
const COUNTDOWN_NOTICE = "Your answer is about to be sent. Keep talking, or press “I'm still thinking”, to go on.";

const OVER_LINE = "Listening. Speak whenever you like: the interviewer will stop for you.";

/** `overLine`: the interviewer is still talking (the answer listens for barge-in). */
export function TurnCountdown({ voice, overLine = false }: { voice: ReturnType<typeof useVoiceAnswer>; overLine?: boolean }) {
  const { turn, state } = voice;
  if (!turn || state.phase !== "recording") {
    return voice.needsClick && state.phase === "idle" ? (
      <p className="text-sm text-slate-700">This browser needs one click before it can listen: press “Answer out loud” to start.</p>
    ) : null;
  }
  // Announced once when it appears (the region's text then stays the same); the seconds are only shown.
  const announcement = turn.phase === "countdown" ? COUNTDOWN_NOTICE : turn.prompt && !overLine ? THINKING_PROMPT : "";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p className={`flex-1 text-sm ${turn.phase === "countdown" ? "font-medium text-indigo-900" : "text-slate-700"}`}>
        {turn.phase === "countdown" ? (
          <>
            Sending your answer in <span className="tabular-nums">{turn.secondsLeft}</span>… keep talking to go on.
          </>
        ) : turn.phase === "waiting" ? (
          overLine ? (
            OVER_LINE
          ) : turn.prompt ? (
            THINKING_PROMPT
          ) : (
            "Listening. Start whenever you're ready."
          )
        ) : (
          "Listening. When you finish, pause and your answer is sent."
        )}
      </p>
      <Button variant="secondary" onClick={voice.stillThinking}>
        I'm still thinking
      </Button>
    </div>
  );
}

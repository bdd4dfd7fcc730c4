// One calm line saying what the system is doing now, announced politely to screen readers.
import type { Activity } from "../../live/live-state";

const text: Record<Activity, string> = {
  connecting: "Connecting…",
  interviewer: "The interviewer is asking…",
  listening: "Listening. Take your time; press Done when you finish.",
  transcribing: "Transcribing your answer…",
  thinking: "The interviewer is thinking…",
  "your-turn": "Your turn. Answer out loud or type your answer.",
  "answer-failed": "Your answer could not be used. Try again, or discard it and answer again out loud or by typing.",
  failed: "Something went wrong. You can try again below.",
  over: "This interview is over.",
};

/** Listening to a hands-free answer, which ends by itself. */
const LISTENING_HANDS_FREE = "Listening. Take your time; when you finish, pause and your answer is sent.";
/** The answer had been taken for finished, and the candidate went on: the interviewer's line after it is withdrawn. */
const RESUMED = "Sorry — go on. Still listening; when you finish, pause and your answer is sent.";
/** Recording while Space is held: letting go sends the answer. */
const LISTENING_SPACE_HELD = "Listening. Let go of Space when you finish.";
/** The answer this page has just ended, until the server has it: no longer listening, not yet transcribing. */
const SENDING = "Sending your answer…";
/** Audio the page kept through a reload or a crash is being sent before anything else happens. */
const RESTORING = "Sending what you said before the page reloaded…";
/** An answer left open by a reload: nothing records it now, and the notice below offers the ways on. */
const INTERRUPTED = "Your last answer was interrupted. Send what was saved, or discard it and answer again.";
/** The candidate may answer, but the interviewer's voice is still saying the line. */
const STILL_SPEAKING = {
  handsFree: "Your turn. The interviewer is still speaking: start whenever you're ready, it stops for you.",
  clicked: "Your turn. The interviewer is still speaking; answer out loud or type when you're ready.",
};

interface ActivityStatusProps {
  activity: Activity;
  reconnecting: boolean;
  handsFree?: boolean;
  /** An answer is still open on the server, but this page is not recording it (a reload interrupted it). */
  answerInterrupted?: boolean;
  /** Audio kept in the browser through a reload is on its way to the server (live-connection.ts). */
  restoring?: boolean;
  /** The answer is recorded while Space is held down (push-to-talk). */
  spaceHeld?: boolean;
  /** The interviewer's voice has not finished saying its line yet. */
  interviewerSpeaking?: boolean;
  /** This page ended the answer still listed as recording: it is on its way to the server. */
  sending?: boolean;
  /**
   * Hands-free, whole seconds before a pause sends the answer; null when no countdown runs. Shown here, where the
   * eye goes, but not read out each second: the countdown under the answer button announces itself once.
   */
  countdownSeconds?: number | null;
  /** The candidate went on with an answer after it had ended (the line after it withdrawn). */
  resumed?: boolean;
}

export function ActivityStatus({
  activity,
  reconnecting,
  handsFree = false,
  answerInterrupted = false,
  restoring = false,
  spaceHeld = false,
  interviewerSpeaking = false,
  sending = false,
  countdownSeconds = null,
  resumed = false,
}: ActivityStatusProps) {
  const listening = activity === "listening";
  return (
    <p role="status" className="flex items-center gap-2 rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-800">
      <span
        aria-hidden="true"
        className={`size-2.5 rounded-full ${reconnecting || answerInterrupted || restoring ? "bg-amber-500" : activity === "listening" ? "bg-red-600" : "bg-indigo-600"}`}
      />
      {reconnecting
        ? "Connection lost. Reconnecting… nothing you said is lost."
        : interviewerSpeaking && activity === "your-turn"
          ? STILL_SPEAKING[handsFree ? "handsFree" : "clicked"]
          : restoring
          ? RESTORING
          : sending && listening
          ? SENDING
          : answerInterrupted && listening
          ? INTERRUPTED
          : spaceHeld && listening
          ? LISTENING_SPACE_HELD
          : handsFree && listening && countdownSeconds !== null
          ? (
              <>
                <span aria-hidden="true">
                  Sending your answer in <span className="tabular-nums">{countdownSeconds}</span>… keep talking to go on.
                </span>
                <span className="sr-only">{LISTENING_HANDS_FREE}</span>
              </>
            )
          : resumed && listening
          ? RESUMED
          : handsFree && listening
          ? LISTENING_HANDS_FREE
          : text[activity]}
    </p>
  );
}

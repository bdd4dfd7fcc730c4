// The room's view of a live interview, rebuilt from the server's snapshot and numbered events.
// Pure functions, so the same events always give the same screen.
import type { InterviewSummary } from "../../worker/protocol/rest";
import type { InterviewEvent, LiveMessage, ProviderInfo, ServerMessage, SpokenSentence, TurnWords } from "../../worker/protocol/socket";

export interface LiveState {
  interview: InterviewSummary | null;
  /** The interview's own questions and answers. */
  messages: LiveMessage[];
  /** Attempts at single questions made from the report, oldest first. */
  attempts: LiveMessage[];
  provider: ProviderInfo | null;
  /** The newest event applied; sent on reconnect so the server replays only what was missed. */
  seq: number;
  /**
   * The last spoken answer had no words in it, so the server did not keep it: for the interview
   * (attemptOf null) or an attempt at that question. Cleared by the next message.
   */
  heardNothing: { attemptOf: string | null } | null;
  /** The interviewer's spoken sentences, in the order said (with audio, or captions only when speaking failed). */
  speech: SpokenSentence[];
  /** The interviewer's voice chosen for this interview; null: the provider's default. */
  voice: string | null;
  /**
   * What the newest transcript of a spoken answer says of the thought, and how many of its segments it covers: the
   * end of turn (app/audio/vad/end-of-turn.ts) weighs it. Null until one came with a verdict.
   */
  turnWords: { messageId: string; segments: number; words: TurnWords } | null;
}

export const emptyLiveState: LiveState = {
  interview: null,
  messages: [],
  attempts: [],
  provider: null,
  seq: 0,
  heardNothing: null,
  speech: [],
  voice: null,
  turnWords: null,
};

/** Adds a spoken sentence, replacing one with the same message and index. */
function addSentence(speech: SpokenSentence[], sentence: SpokenSentence): SpokenSentence[] {
  return [...speech.filter((s) => s.messageId !== sentence.messageId || s.index !== sentence.index), sentence];
}

/** Changes one message, wherever it is: in the interview or among the attempts. */
function updateMessage(state: LiveState, messageId: string, change: (m: LiveMessage) => LiveMessage): Pick<LiveState, "messages" | "attempts"> {
  const update = (list: LiveMessage[]) => list.map((m) => (m.messageId === messageId ? change(m) : m));
  return { messages: update(state.messages), attempts: update(state.attempts) };
}

function addMessage(state: LiveState, message: LiveMessage): Pick<LiveState, "messages" | "attempts"> {
  const others = (list: LiveMessage[]) => list.filter((m) => m.messageId !== message.messageId);
  return message.attemptOf
    ? { messages: state.messages, attempts: [...others(state.attempts), message] }
    : { messages: [...others(state.messages), message], attempts: state.attempts };
}

export function applyEvent(state: LiveState, seq: number, event: InterviewEvent): LiveState {
  // Already seen (a replay overlapping what arrived live): applying twice would duplicate text.
  if (seq <= state.seq) return state;
  const next = { ...state, seq };
  switch (event.type) {
    case "status":
      return { ...next, interview: state.interview && { ...state.interview, status: event.status } };
    case "message_added":
      return { ...next, ...addMessage(state, event.message), heardNothing: null };
    case "message_delta":
      return { ...next, ...updateMessage(state, event.messageId, (m) => ({ ...m, content: m.content + event.text })) };
    case "transcript":
      return {
        ...next,
        ...updateMessage(state, event.messageId, (m) => ({ ...m, content: event.text })),
        turnWords: event.turnWords ? { messageId: event.messageId, segments: event.segmentsTranscribed, words: event.turnWords } : state.turnWords,
      };
    case "message_feedback":
      return { ...next, ...updateMessage(state, event.messageId, (m) => ({ ...m, feedback: event.feedback })) };
    case "speech":
      return { ...next, speech: addSentence(state.speech, event.sentence) };
    case "voice":
      return { ...next, voice: event.voice };
    case "message_status":
      return {
        ...next,
        // A reply said again from the start drops what was spoken of it before.
        speech: event.status === "streaming" && event.content === "" ? state.speech.filter((s) => s.messageId !== event.messageId) : state.speech,
        ...updateMessage(state, event.messageId, (m) => ({
          ...m,
          status: event.status,
          error: event.error,
          content: event.content ?? m.content,
          metrics: event.metrics ?? m.metrics,
        })),
      };
    case "message_removed": {
      const removed = [...state.messages, ...state.attempts].find((m) => m.messageId === event.messageId);
      return {
        ...next,
        messages: state.messages.filter((m) => m.messageId !== event.messageId),
        attempts: state.attempts.filter((m) => m.messageId !== event.messageId),
        heardNothing: event.reason === "no_speech" ? { attemptOf: removed?.attemptOf ?? null } : state.heardNothing,
      };
    }
    default:
      return event satisfies never;
  }
}

/** Folds one server frame into the state; replies that are not state (acks, errors) leave it as is. */
export function applyServerMessage(state: LiveState, message: ServerMessage): LiveState {
  switch (message.type) {
    case "welcome":
      return message.snapshot
        ? { ...message.snapshot, provider: message.provider, seq: message.seq, heardNothing: null, turnWords: null }
        : { ...state, provider: message.provider };
    case "event":
      return applyEvent(state, message.seq, message.event);
    case "segment_ack":
    case "error":
      return state;
    default:
      return message satisfies never;
  }
}

export type Activity =
  | "connecting"
  | "interviewer"
  | "listening"
  | "transcribing"
  | "thinking"
  | "your-turn"
  | "answer-failed"
  | "failed"
  | "over";

/** What the system is doing right now, in the candidate's terms. */
export function currentActivity(state: LiveState, recording: boolean): Activity {
  if (!state.interview) return "connecting";
  if (state.interview.status === "completed" || state.interview.status === "cancelled") return "over";
  if (recording) return "listening";
  const last = state.messages[state.messages.length - 1];
  if (!last) return "thinking";
  if (last.status === "failed") return last.role === "user" ? "answer-failed" : "failed";
  if (last.role === "assistant") return last.status === "streaming" ? "interviewer" : "your-turn";
  if (last.status === "recording") return "listening";
  if (last.status === "transcribing") return "transcribing";
  return "thinking";
}

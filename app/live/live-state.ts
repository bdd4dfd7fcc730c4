// The room's view of a live interview, rebuilt from the server's snapshot and numbered events.
// Pure functions, so the same events always give the same screen.
import type { InterviewSummary } from "../../worker/protocol/rest";
import type { InterviewEvent, LiveMessage, ProviderInfo, ServerMessage } from "../../worker/protocol/socket";

export interface LiveState {
  interview: InterviewSummary | null;
  messages: LiveMessage[];
  provider: ProviderInfo | null;
  /** The newest event applied; sent on reconnect so the server replays only what was missed. */
  seq: number;
}

export const emptyLiveState: LiveState = { interview: null, messages: [], provider: null, seq: 0 };

const updateMessage = (state: LiveState, messageId: string, change: (m: LiveMessage) => LiveMessage): LiveMessage[] =>
  state.messages.map((m) => (m.messageId === messageId ? change(m) : m));

export function applyEvent(state: LiveState, seq: number, event: InterviewEvent): LiveState {
  // Already seen (a replay overlapping what arrived live): applying twice would duplicate text.
  if (seq <= state.seq) return state;
  const next = { ...state, seq };
  switch (event.type) {
    case "status":
      return { ...next, interview: state.interview && { ...state.interview, status: event.status } };
    case "message_added":
      return { ...next, messages: [...state.messages.filter((m) => m.messageId !== event.message.messageId), event.message] };
    case "message_delta":
      return { ...next, messages: updateMessage(state, event.messageId, (m) => ({ ...m, content: m.content + event.text })) };
    case "transcript":
      return { ...next, messages: updateMessage(state, event.messageId, (m) => ({ ...m, content: event.text })) };
    case "message_status":
      return {
        ...next,
        messages: updateMessage(state, event.messageId, (m) => ({
          ...m,
          status: event.status,
          error: event.error,
          content: event.content ?? m.content,
          metrics: event.metrics ?? m.metrics,
        })),
      };
    case "message_removed":
      return { ...next, messages: state.messages.filter((m) => m.messageId !== event.messageId) };
    default:
      return event satisfies never;
  }
}

/** Folds one server frame into the state; replies that are not state (acks, errors) leave it as is. */
export function applyServerMessage(state: LiveState, message: ServerMessage): LiveState {
  switch (message.type) {
    case "welcome":
      return message.snapshot
        ? { interview: message.snapshot.interview, messages: message.snapshot.messages, provider: message.provider, seq: message.seq }
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

export type Activity = "connecting" | "interviewer" | "listening" | "transcribing" | "thinking" | "your-turn" | "failed" | "over";

/** What the system is doing right now, in the candidate's terms. */
export function currentActivity(state: LiveState, recording: boolean): Activity {
  if (!state.interview) return "connecting";
  if (state.interview.status === "completed" || state.interview.status === "cancelled") return "over";
  if (recording) return "listening";
  const last = state.messages[state.messages.length - 1];
  if (!last) return "thinking";
  if (last.status === "failed") return "failed";
  if (last.role === "assistant") return last.status === "streaming" ? "interviewer" : "your-turn";
  if (last.status === "recording") return "listening";
  if (last.status === "transcribing") return "transcribing";
  return "thinking";
}

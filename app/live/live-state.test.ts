import { describe, expect, it } from "vitest";
import type { LiveMessage } from "../../worker/protocol/socket";
import { unscoredFeedback } from "../../worker/test/feedback-fixtures";
import { applyEvent, applyServerMessage, currentActivity, emptyLiveState, type LiveState } from "./live-state";

const interview = {
  interviewId: "i1",
  title: "Backend Developer",
  skills: ["SQL"],
  questionCount: 3,
  status: "in_progress" as const,
  createdAt: 1,
  updatedAt: 1,
};
const message = (over: Partial<LiveMessage>): LiveMessage => ({
  messageId: "m1",
  interviewId: "i1",
  role: "assistant",
  content: "",
  timestamp: 1,
  status: "streaming",
  kind: "text",
  error: null,
  metrics: null,
  attemptOf: null,
  feedback: null,
  ...over,
});

const started: LiveState = applyServerMessage(emptyLiveState, {
  type: "welcome",
  protocolVersion: 1,
  provider: { name: "offline", label: "Offline" },
  seq: 4,
  snapshot: { interview, messages: [message({})], attempts: [], speech: [], voice: null },
});

describe("live state", () => {
  it("takes the snapshot whole", () => {
    expect(started.seq).toBe(4);
    expect(started.messages).toHaveLength(1);
    expect(currentActivity(started, false)).toBe("interviewer");
  });

  it("appends deltas once, even when a replay repeats them", () => {
    let state = applyEvent(started, 5, { type: "message_delta", messageId: "m1", text: "Tell me " });
    state = applyEvent(state, 6, { type: "message_delta", messageId: "m1", text: "about SQL?" });
    state = applyEvent(state, 6, { type: "message_delta", messageId: "m1", text: "about SQL?" });
    expect(state.messages[0]!.content).toBe("Tell me about SQL?");
    expect(state.seq).toBe(6);
  });

  it("follows a voice answer from listening to transcribing to the interviewer thinking", () => {
    let state = applyEvent(started, 5, { type: "message_status", messageId: "m1", status: "complete", content: "Q?", error: null });
    expect(currentActivity(state, false)).toBe("your-turn");
    state = applyEvent(state, 6, { type: "message_added", message: message({ messageId: "a1", role: "user", kind: "voice", status: "recording" }) });
    expect(currentActivity(state, true)).toBe("listening");
    state = applyEvent(state, 7, { type: "transcript", messageId: "a1", text: "I built", segmentsTranscribed: 1 });
    state = applyEvent(state, 8, { type: "message_status", messageId: "a1", status: "transcribing", error: null });
    expect(currentActivity(state, false)).toBe("transcribing");
    expect(state.messages[1]!.content).toBe("I built");
    state = applyEvent(state, 9, { type: "message_status", messageId: "a1", status: "complete", content: "I built it.", error: null });
    expect(currentActivity(state, false)).toBe("thinking");
    state = applyEvent(state, 10, { type: "status", status: "completed" });
    expect(currentActivity(state, false)).toBe("over");
  });

  it("removes a discarded answer and shows failures", () => {
    let state = applyEvent(started, 5, { type: "message_status", messageId: "m1", status: "failed", error: "Model down. Try again." });
    expect(currentActivity(state, false)).toBe("failed");
    state = applyEvent(state, 6, { type: "message_removed", messageId: "m1" });
    expect(state.messages).toEqual([]);
  });

  it("a failed answer is the candidate's to retry or discard; discarding it gives the turn back", () => {
    let state = applyEvent(started, 5, { type: "message_status", messageId: "m1", status: "complete", content: "Q?", error: null });
    state = applyEvent(state, 6, { type: "message_added", message: message({ messageId: "a1", role: "user", kind: "voice", status: "transcribing" }) });
    state = applyEvent(state, 7, { type: "message_status", messageId: "a1", status: "failed", error: "Speech-to-text failed." });
    expect(currentActivity(state, false)).toBe("answer-failed");
    state = applyEvent(state, 8, { type: "message_removed", messageId: "a1" });
    expect(currentActivity(state, false)).toBe("your-turn");
  });

  it("keeps attempts from the report apart from the interview, and fills in their feedback", () => {
    const over = applyEvent(started, 5, { type: "status", status: "completed" });
    const attempt = message({ messageId: "t1", role: "user", kind: "text", status: "complete", content: "Indexes speed reads.", attemptOf: "sql-1" });
    let state = applyEvent(over, 6, { type: "message_added", message: attempt });
    expect(state.messages.map((m) => m.messageId)).toEqual(["m1"]);
    expect(state.attempts.map((m) => m.messageId)).toEqual(["t1"]);
    expect(currentActivity(state, false)).toBe("over");
    const feedback = unscoredFeedback({ questionId: "sql-1", answer: "Indexes speed reads.", notEnoughReason: "Too short to score." });
    state = applyEvent(state, 7, { type: "message_feedback", messageId: "t1", feedback });
    expect(state.attempts[0]!.feedback).toEqual(feedback);
    expect(state.messages[0]!.feedback).toBeNull();
    state = applyEvent(state, 8, { type: "message_removed", messageId: "t1" });
    expect(state.attempts).toEqual([]);
  });
});

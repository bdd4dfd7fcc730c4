import { describe, expect, it } from "vitest";
import { unscoredFeedback } from "../test/feedback-fixtures";
import { TEXT_ANSWER_CHARS_MAX } from "./audio";
import { clientMessageSchema, decodeSegmentFrame, encodeSegmentFrame, serverMessageSchema, type SegmentHeader } from "./socket";

const answerId = "7f1f8a52-3c1e-4a8e-9d6b-0c2f4b1e9a11";

describe("client messages", () => {
  it.each([
    { type: "hello", protocolVersion: 1, lastSeq: 0 },
    { type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" },
    { type: "answer_start", answerId, mimeType: "audio/mp4" },
    { type: "answer_end", answerId, segmentCount: 3 },
    { type: "answer_end", answerId },
    { type: "answer_cancel", answerId },
    { type: "text_answer", answerId, text: "I would add an index." },
    { type: "text_answer", answerId, text: "I would add an index.", attemptOf: "sql-joins" },
    { type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus", attemptOf: "sql-joins" },
    { type: "retry", messageId: answerId },
    { type: "end_interview" },
  ])("accepts $type", (message) => {
    expect(clientMessageSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    ["an unknown type", { type: "teleport" }],
    ["a negative seq", { type: "hello", protocolVersion: 1, lastSeq: -1 }],
    ["an audio format the server cannot decode", { type: "answer_start", answerId, mimeType: "audio/flac" }],
    ["an answer id that is not a UUID", { type: "answer_cancel", answerId: "../../etc" }],
    ["an empty typed answer", { type: "text_answer", answerId, text: "   " }],
    ["a typed answer over the limit", { type: "text_answer", answerId, text: "x".repeat(TEXT_ANSWER_CHARS_MAX + 1) }],
    ["zero segments", { type: "answer_end", answerId, segmentCount: 0 }],
    ["an attempt at an empty question id", { type: "text_answer", answerId, text: "An index.", attemptOf: "" }],
  ])("refuses %s", (_why, message) => {
    expect(clientMessageSchema.safeParse(message).success).toBe(false);
  });
});

describe("audio segment frames", () => {
  const header: SegmentHeader = { type: "audio_segment", answerId, index: 2, durationMs: 4200 };

  it("round-trips header and audio", () => {
    const audio = new Uint8Array([26, 69, 223, 163, 0, 255]);
    const frame = encodeSegmentFrame(header, audio);
    const decoded = decodeSegmentFrame(frame.buffer);
    expect(decoded).toEqual({ ok: true, header, audio });
  });

  it.each([
    ["too short", new Uint8Array([1, 0])],
    ["a header length past the end", new Uint8Array([200, 0, 0, 0, 123])],
    ["a header that is not JSON", new Uint8Array([3, 0, 0, 0, 110, 111, 33, 1])],
  ])("refuses a frame that is %s", (_why, bytes) => {
    expect(decodeSegmentFrame(bytes.buffer).ok).toBe(false);
  });

  it("refuses a segment longer than the limit and a frame with no audio", () => {
    const long = encodeSegmentFrame({ ...header, durationMs: 60_000 }, new Uint8Array([1]));
    expect(decodeSegmentFrame(long.buffer)).toMatchObject({ ok: false, message: expect.stringMatching(/segment header/) });
    const empty = encodeSegmentFrame(header, new Uint8Array());
    expect(decodeSegmentFrame(empty.buffer)).toEqual({ ok: false, message: "The audio segment is empty." });
  });
});

describe("server messages", () => {
  it("parses every kind the server sends", () => {
    const message = { messageId: "m", interviewId: "i", role: "assistant", content: "Hi", timestamp: 1, status: "complete", kind: "text", error: null, metrics: null, attemptOf: null, feedback: null };
    const feedback = unscoredFeedback();
    for (const frame of [
      { type: "welcome", protocolVersion: 1, provider: { name: "offline", label: "Offline" }, seq: 0, snapshot: null },
      { type: "event", seq: 1, event: { type: "status", status: "in_progress" } },
      { type: "event", seq: 2, event: { type: "message_added", message } },
      { type: "event", seq: 3, event: { type: "message_delta", messageId: "m", text: "more" } },
      { type: "event", seq: 4, event: { type: "transcript", messageId: "m", text: "so far", segmentsTranscribed: 1 } },
      { type: "event", seq: 5, event: { type: "message_status", messageId: "m", status: "failed", error: "Down." } },
      { type: "event", seq: 6, event: { type: "message_removed", messageId: "m" } },
      { type: "event", seq: 7, event: { type: "message_feedback", messageId: "m", feedback } },
      { type: "event", seq: 8, event: { type: "message_added", message: { ...message, role: "user", attemptOf: "q", feedback } } },
      { type: "segment_ack", answerId, index: 0 },
      { type: "error", code: "too_large", message: "Too big." },
    ]) {
      expect(serverMessageSchema.safeParse(frame).success, JSON.stringify(frame)).toBe(true);
    }
    expect(serverMessageSchema.safeParse({ type: "error", code: "made_up", message: "?" }).success).toBe(false);
    expect(serverMessageSchema.safeParse({ type: "event", seq: 9, event: { type: "message_feedback", messageId: "m", feedback: { ...feedback, verdict: "great" } } }).success).toBe(false);
  });
});

// The live-interview WebSocket protocol, shared by the SPA and the Durable Object.
//
// Text frames carry JSON control messages; binary frames carry one audio segment each:
//   [u32 little-endian header length][header JSON, UTF-8][audio file bytes]
// so a segment and what it belongs to arrive together or not at all.
//
// Server → client frames are either *events* (stored, numbered with a per-interview `seq`, replayed
// to a client that reconnects with its last seq) or *replies* to one socket (welcome, ack, error).
// The literal text "ping" is answered "pong" by the platform without waking the object.
import { z } from "./zod-mini.ts";
import { ANSWER_MS_MAX, RECORDING_MIME_TYPES, SEGMENT_MS_MAX, SEGMENT_MS_TOLERANCE, SEGMENT_OVERLAP_MS_MAX, SEGMENTS_PER_ANSWER_MAX, TEXT_ANSWER_CHARS_MAX } from "./audio.ts";
import { LONG_PAUSE_MS, deliveryMetricsSchema, speechTimingSchema } from "./feedback.ts";
import { questionFeedbackSchema } from "./report.ts";
import { requirementSchema } from "./requirement.ts";
import { INTERVIEW_STATUSES, interviewSummarySchema, messageSchema } from "./rest.ts";

export const PROTOCOL_VERSION = 1;
export const PING = "ping";
export const PONG = "pong";

/**
 * Why the server closed a socket (WebSocket close codes 4000–4999 are the application's own).
 * The page does not reconnect after `deleted` or `replaced`; it says why instead.
 */
export const CLOSE_CODES = {
  /** The interview was deleted (from another tab). */
  deleted: 4404,
  /** More than SOCKETS_PER_INTERVIEW_MAX tabs opened it; this was the oldest. */
  replaced: 4409,
  /** The socket sent far more frames than any page of ours would (RFC 6455's policy violation). */
  flooding: 1008,
} as const;

// ── Client → server ─────────────────────────────────────────────────────────

/** Voice names are short identifiers (Flite "slt", aura "asteria", Kokoro "af_bella"). */
const VOICE_NAME_CHARS_MAX = 64;

const answerId = z.uuid();
/**
 * Set on an answer given from the report of a finished interview: the id of the planned question
 * being tried again. Such an attempt is scored on its own and never changes the interview itself.
 */
const attemptOf = z.optional(z.string().check(z.minLength(1), z.maxLength(100)));

export const clientMessageSchema = z.discriminatedUnion("type", [
  /** First frame on every connection: resume after `lastSeq` (0 = send everything). */
  z.object({ type: z.literal("hello"), protocolVersion: z.number().check(z.int()), lastSeq: z.number().check(z.int(), z.gte(0)) }),
  /** The candidate starts speaking an answer; segments for `answerId` follow as binary frames. */
  z.object({ type: z.literal("answer_start"), answerId, mimeType: z.enum(RECORDING_MIME_TYPES), attemptOf }),
  /**
   * The candidate stopped; `segmentCount` segments (0…n-1) make up the answer. Without a count the
   * answer is what the server has stored (finishing an answer whose recording was interrupted).
   */
  z.object({
    type: z.literal("answer_end"),
    answerId,
    segmentCount: z.optional(z.number().check(z.int(), z.gte(1), z.lte(SEGMENTS_PER_ANSWER_MAX))),
    /** Silences of LONG_PAUSE_MS or more the recorder measured, in ms; omitted when it could not. */
    longPausesMs: z.optional(z.array(z.number().check(z.int(), z.gte(LONG_PAUSE_MS), z.lte(ANSWER_MS_MAX))).check(z.maxLength(ANSWER_MS_MAX / LONG_PAUSE_MS))),
    /** When the candidate was speaking, as the recorder's voice-activity detection heard it; omitted when it could not. */
    speech: z.optional(speechTimingSchema),
  }),
  /** Throw away an answer being recorded (the candidate wants to start again). */
  z.object({ type: z.literal("answer_cancel"), answerId }),
  /**
   * The candidate went on speaking after their answer was judged over: the interviewer's line since it is withdrawn
   * (message_removed, reason "withdrawn"; asked again once the answer ends) and the answer records again, its next
   * segment numbered after those already sent.
   */
  z.object({ type: z.literal("answer_resume"), answerId }),
  z.object({
    type: z.literal("text_answer"),
    answerId,
    text: z.string().check(z.trim(), z.minLength(1, "The answer is empty."), z.maxLength(TEXT_ANSWER_CHARS_MAX, `Typed answers are limited to ${TEXT_ANSWER_CHARS_MAX} characters.`)),
    attemptOf,
  }),
  /** The interviewer's voice from now on, one of the provider's `speech.voices`; every tab of the interview hears it. */
  z.object({ type: z.literal("set_voice"), voice: z.string().check(z.minLength(1), z.maxLength(VOICE_NAME_CHARS_MAX)) }),
  /** Try a failed transcription, reply or attempt scoring again. */
  z.object({ type: z.literal("retry"), messageId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.object({ type: z.literal("end_interview") }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const segmentHeaderSchema = z.object({
  type: z.literal("audio_segment"),
  answerId,
  index: z.number().check(z.int(), z.gte(0), z.lte(SEGMENTS_PER_ANSWER_MAX - 1)),
  durationMs: z.number().check(z.int(), z.gte(1), z.lte(SEGMENT_MS_MAX + SEGMENT_MS_TOLERANCE)),
  /** How much of the segment the recorder judged speech, in ms; 0 means there is nothing to transcribe. Omitted when it could not tell. */
  voicedMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(SEGMENT_MS_MAX + SEGMENT_MS_TOLERANCE))),
  /** How much of its start repeats the end of the previous segment (cut where the candidate did not pause), in ms. */
  overlapMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(SEGMENT_OVERLAP_MS_MAX))),
});
export type SegmentHeader = z.infer<typeof segmentHeaderSchema>;

const HEADER_BYTES_MAX = 1024;

export function encodeSegmentFrame(header: SegmentHeader, audio: Uint8Array): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const frame = new Uint8Array(4 + json.byteLength + audio.byteLength);
  new DataView(frame.buffer).setUint32(0, json.byteLength, true);
  frame.set(json, 4);
  frame.set(audio, 4 + json.byteLength);
  return frame;
}

export type DecodedSegment = { ok: true; header: SegmentHeader; audio: Uint8Array } | { ok: false; message: string };

export function decodeSegmentFrame(frame: ArrayBuffer): DecodedSegment {
  if (frame.byteLength < 4) return { ok: false, message: "Binary frame too short for its header." };
  const headerLength = new DataView(frame).getUint32(0, true);
  if (headerLength === 0 || headerLength > HEADER_BYTES_MAX || 4 + headerLength > frame.byteLength) {
    return { ok: false, message: "Binary frame header length is out of range." };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(new Uint8Array(frame, 4, headerLength)));
  } catch {
    return { ok: false, message: "Binary frame header is not JSON." };
  }
  const header = segmentHeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, message: `Invalid segment header: ${header.error.issues[0]?.message ?? "unknown"}` };
  const audio = new Uint8Array(frame, 4 + headerLength);
  if (audio.byteLength === 0) return { ok: false, message: "The audio segment is empty." };
  return { ok: true, header: header.data, audio };
}

// ── Server → client ─────────────────────────────────────────────────────────

export const MESSAGE_STATUSES = ["recording", "transcribing", "streaming", "complete", "failed"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const liveMessageSchema = z.object({
  ...messageSchema.shape,
  status: z.enum(MESSAGE_STATUSES),
  /** How the candidate answered; assistant messages are "text". */
  kind: z.enum(["voice", "text"]),
  /** Why it failed, in words for the candidate; null unless status is "failed". */
  error: z.nullable(z.string()),
  /** The candidate's delivery, once an answer is complete; null otherwise. */
  metrics: z.nullable(deliveryMetricsSchema),
  /** For an attempt at a question from the report: that question's id; null for the interview itself. */
  attemptOf: z.nullable(z.string()),
  /** For an attempt: its feedback once scored; null before (or for the interview's own messages). */
  feedback: z.nullable(questionFeedbackSchema),
  /** For an interviewer's question or follow-up: the job posting's requirement it probes; absent otherwise. */
  requirement: z.optional(requirementSchema),
});
export type LiveMessage = z.infer<typeof liveMessageSchema>;

/** An attempt still on its way to feedback (being recorded, transcribed or scored): one at a time per interview. */
export const isAttemptOpen = (attempt: Pick<LiveMessage, "status" | "feedback">) =>
  attempt.status === "recording" || attempt.status === "transcribing" || (attempt.status === "complete" && attempt.feedback === null);

export const PROVIDER_NAMES = ["workers-ai", "openai", "offline"] as const;
/** The interviewer's voice: what speaks (shown in the room), the voices to choose from and the one used unless chosen. */
export const speechInfoSchema = z.object({ label: z.string(), voices: z.array(z.string()), defaultVoice: z.string() });
export type SpeechInfo = z.infer<typeof speechInfoSchema>;

/** `speech` is added by the server when it welcomes a client; the providers' own info leaves it out. */
export const providerInfoSchema = z.object({ name: z.enum(PROVIDER_NAMES), label: z.string(), speech: z.optional(speechInfoSchema) });
export type ProviderInfo = z.infer<typeof providerInfoSchema>;

/**
 * One sentence of an interviewer message, spoken: "ready" means its audio is at
 * GET /api/v1/interviews/:id/messages/:messageId/speech/:index; "failed" means it has captions only, and why.
 * Sentences of a message are numbered from 0 in the order they are said.
 */
export const spokenSentenceSchema = z.object({
  messageId: z.string(),
  index: z.number().check(z.int(), z.gte(0)),
  text: z.string(),
  status: z.enum(["ready", "failed"]),
  error: z.nullable(z.string()),
});
export type SpokenSentence = z.infer<typeof spokenSentenceSchema>;

/**
 * What an answer's words so far say of the thought: finished (a complete clause, a closing phrase, a question back),
 * unfinished (a trailing "and", "um", "because", a list not done), or unsure.
 */
export const turnWordsSchema = z.enum(["finished", "unfinished", "unsure"]);
export type TurnWords = z.infer<typeof turnWordsSchema>;

export const interviewEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("status"), status: z.enum(INTERVIEW_STATUSES) }),
  z.object({ type: z.literal("message_added"), message: liveMessageSchema }),
  /** Text appended to a streaming interviewer reply. */
  z.object({ type: z.literal("message_delta"), messageId: z.string(), text: z.string() }),
  /** A voice answer's transcript so far (replaces the previous one). */
  z.object({
    type: z.literal("transcript"),
    messageId: z.string(),
    text: z.string(),
    segmentsTranscribed: z.number().check(z.int()),
    /** What the text says of the thought, for the end of turn (worker/live/end-of-turn/words.ts). */
    turnWords: z.optional(turnWordsSchema),
  }),
  /** A message's status changed; `content` is its whole text when given. */
  z.object({
    type: z.literal("message_status"),
    messageId: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    content: z.optional(z.string()),
    error: z.nullable(z.string()),
    metrics: z.optional(deliveryMetricsSchema),
  }),
  /** A message is gone: the candidate discarded an answer, or no speech was heard in it (nothing was stored). */
  z.object({ type: z.literal("message_removed"), messageId: z.string(), reason: z.optional(z.enum(["discarded", "no_speech", "withdrawn"])) }),
  /** An attempt at a question was scored. */
  z.object({ type: z.literal("message_feedback"), messageId: z.string(), feedback: questionFeedbackSchema }),
  /** A sentence of an interviewer message was spoken (or could not be). */
  z.object({ type: z.literal("speech"), sentence: spokenSentenceSchema }),
  /** The interviewer's voice for the interview's next sentences. */
  z.object({ type: z.literal("voice"), voice: z.string() }),
]);
export type InterviewEvent = z.infer<typeof interviewEventSchema>;
export type SequencedEvent = InterviewEvent & { seq: number };

export const SOCKET_ERROR_CODES = [
  "invalid_frame",
  "unsupported_version",
  "not_ready",
  "too_large",
  "too_long",
  "rate_limited",
  "wrong_answer",
  "out_of_order",
  "interview_over",
  "busy",
  "not_found",
  "bad_seq",
  "limit_reached",
  "internal",
] as const;
export type SocketErrorCode = (typeof SOCKET_ERROR_CODES)[number];

export const serverMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("welcome"),
    protocolVersion: z.number().check(z.int()),
    provider: providerInfoSchema,
    /** The newest seq at the moment of welcome; replayed events up to it follow. */
    seq: z.number().check(z.int()),
    /** The whole state at `seq`, when the client had none (lastSeq 0) or asked for a seq that does not exist. */
    snapshot: z.nullable(
      z.object({
        interview: interviewSummarySchema,
        messages: z.array(liveMessageSchema),
        /** Attempts at single questions made from the report, oldest first. */
        attempts: z.array(liveMessageSchema),
        /** Every spoken sentence of the interview's messages, in order. */
        speech: z.array(spokenSentenceSchema),
        /** The voice chosen for this interview; null: the provider's default. */
        voice: z.nullable(z.string()),
      }),
    ),
  }),
  z.object({ type: z.literal("event"), seq: z.number().check(z.int()), event: interviewEventSchema }),
  /** The segment is stored; the client may forget it. */
  z.object({ type: z.literal("segment_ack"), answerId: z.string(), index: z.number().check(z.int()) }),
  z.object({ type: z.literal("error"), code: z.enum(SOCKET_ERROR_CODES), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

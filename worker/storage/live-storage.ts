// Every SQL statement of the live interview: message state, numbered events, audio segments.
// Used by the interview engine inside the user's Durable Object. Nothing else writes this SQL.
import type { PlannedQuestion } from "../ai/offline";
import type { InterviewStatus, Message } from "../protocol/rest";
import type { DeliveryMetrics, SpeechTiming } from "../protocol/feedback";
import type { QuestionFeedback } from "../protocol/report";
import type { Requirement } from "../protocol/requirement";
import type { InterviewEvent, LiveMessage, MessageStatus, SequencedEvent } from "../protocol/socket";
import { joinSegmentTranscripts, type SegmentTranscript } from "../live/join-transcript";

export interface MessageRecord extends LiveMessage {
  /** For interviewer messages: which turn of the plan it is (JSON decoded by the engine). */
  turn: string | null;
  mimeType: string | null;
  /** For voice answers: how many segments the candidate said the answer has, once it ended. */
  segmentCount: number | null;
  /** For voice answers: long silences the recorder measured, or null when it could not. */
  longPausesMs: number[] | null;
  /** For voice answers: when the candidate spoke, as the recorder heard it; null when it could not say. */
  speech: SpeechTiming | null;
}

/** A stored segment of a voice answer, as transcription needs it. */
export interface SegmentRecord {
  index: number;
  /** How much of it the recorder judged speech; null when the recorder could not say. */
  voicedMs: number | null;
  /** How much of its start repeats the previous segment. */
  overlapMs: number;
}

interface MessageRow {
  id: string;
  interview_id: string;
  role: LiveMessage["role"];
  content: string;
  created_at: number;
  status: MessageStatus;
  kind: LiveMessage["kind"];
  error: string | null;
  turn: string | null;
  mime_type: string | null;
  segment_count: number | null;
  metrics: string | null;
  long_pauses: string | null;
  speech: string | null;
  attempt_of: string | null;
  feedback: string | null;
  requirement: string | null;
  [key: string]: SqlStorageValue;
}

const toRecord = (row: MessageRow): MessageRecord => ({
  messageId: row.id,
  interviewId: row.interview_id,
  role: row.role,
  content: row.content,
  timestamp: row.created_at,
  status: row.status,
  kind: row.kind,
  error: row.error,
  turn: row.turn,
  mimeType: row.mime_type,
  segmentCount: row.segment_count,
  metrics: row.metrics ? (JSON.parse(row.metrics) as DeliveryMetrics) : null,
  longPausesMs: row.long_pauses ? (JSON.parse(row.long_pauses) as number[]) : null,
  speech: row.speech ? (JSON.parse(row.speech) as SpeechTiming) : null,
  attemptOf: row.attempt_of,
  feedback: row.feedback ? (JSON.parse(row.feedback) as QuestionFeedback) : null,
  ...(row.requirement ? { requirement: JSON.parse(row.requirement) as Requirement } : {}),
});

/** What the REST API shows of a message: who said what, when. */
export const toMessage = ({ messageId, interviewId, role, content, timestamp }: MessageRecord): Message => ({ messageId, interviewId, role, content, timestamp });

/** What clients see of a message: everything but the engine's own bookkeeping. */
export const toLiveMessage = (m: MessageRecord): LiveMessage => ({
  messageId: m.messageId,
  interviewId: m.interviewId,
  role: m.role,
  content: m.content,
  timestamp: m.timestamp,
  status: m.status,
  kind: m.kind,
  error: m.error,
  metrics: m.metrics,
  attemptOf: m.attemptOf,
  feedback: m.feedback,
  ...(m.requirement ? { requirement: m.requirement } : {}),
});

export class LiveStorage {
  constructor(private readonly sql: SqlStorage) {}

  // ── Interview ─────────────────────────────────────────────────────────────

  /** The interview's planned questions; null until the interview has started. */
  readPlan(interviewId: string): PlannedQuestion[] | null {
    const plan = this.sql.exec<{ plan: string | null }>("SELECT plan FROM interviews WHERE id = ?", interviewId).toArray()[0]?.plan;
    return plan ? (JSON.parse(plan) as PlannedQuestion[]) : null;
  }

  savePlan(interviewId: string, plan: PlannedQuestion[]): void {
    this.sql.exec("UPDATE interviews SET plan = ? WHERE id = ?", JSON.stringify(plan), interviewId);
  }

  setStatus(interviewId: string, status: InterviewStatus, now: number): void {
    this.sql.exec("UPDATE interviews SET status = ?, updated_at = ? WHERE id = ?", status, now, interviewId);
  }

  lastSeq(interviewId: string): number {
    return this.sql.exec<{ last_seq: number }>("SELECT last_seq FROM interviews WHERE id = ?", interviewId).toArray()[0]?.last_seq ?? 0;
  }

  /** Numbers and stores an event; returns it with its seq. */
  appendEvent(interviewId: string, event: InterviewEvent): SequencedEvent {
    const { last_seq: seq } = this.sql
      .exec<{ last_seq: number }>("UPDATE interviews SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq", interviewId)
      .one();
    this.sql.exec("INSERT INTO events (interview_id, seq, body) VALUES (?, ?, ?)", interviewId, seq, JSON.stringify(event));
    return { ...event, seq };
  }

  eventsAfter(interviewId: string, seq: number): SequencedEvent[] {
    return this.sql
      .exec<{ seq: number; body: string }>("SELECT seq, body FROM events WHERE interview_id = ? AND seq > ? ORDER BY seq", interviewId, seq)
      .toArray()
      .map((row) => ({ ...(JSON.parse(row.body) as InterviewEvent), seq: row.seq }));
  }

  // ── Messages ──────────────────────────────────────────────────────────────

  insertMessage(message: MessageRecord): void {
    this.sql.exec(
      `INSERT INTO messages (id, interview_id, role, content, created_at, status, kind, error, turn, mime_type, segment_count, metrics, attempt_of, requirement)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      message.messageId,
      message.interviewId,
      message.role,
      message.content,
      message.timestamp,
      message.status,
      message.kind,
      message.error,
      message.turn,
      message.mimeType,
      message.segmentCount,
      message.metrics && JSON.stringify(message.metrics),
      message.attemptOf,
      message.requirement ? JSON.stringify(message.requirement) : null,
    );
  }

  readMessage(messageId: string): MessageRecord | null {
    const row = this.sql.exec<MessageRow>("SELECT * FROM messages WHERE id = ?", messageId).toArray()[0];
    return row ? toRecord(row) : null;
  }

  /** The interview itself: its questions and answers, without later attempts from the report. */
  listMessages(interviewId: string): MessageRecord[] {
    return this.sql
      .exec<MessageRow>("SELECT * FROM messages WHERE interview_id = ? AND attempt_of IS NULL ORDER BY created_at, rowid", interviewId)
      .toArray()
      .map(toRecord);
  }

  /** Attempts at single questions made from the report, oldest first. */
  listAttempts(interviewId: string): MessageRecord[] {
    return this.sql
      .exec<MessageRow>("SELECT * FROM messages WHERE interview_id = ? AND attempt_of IS NOT NULL ORDER BY created_at, rowid", interviewId)
      .toArray()
      .map(toRecord);
  }

  /** Attempts whose answer is complete but whose feedback was never stored (cut off by a restart). */
  unscoredAttempts(): MessageRecord[] {
    return this.sql
      .exec<MessageRow>("SELECT * FROM messages WHERE attempt_of IS NOT NULL AND status = 'complete' AND feedback IS NULL ORDER BY created_at, rowid")
      .toArray()
      .map(toRecord);
  }

  setFeedback(messageId: string, feedback: QuestionFeedback): void {
    this.sql.exec("UPDATE messages SET feedback = ? WHERE id = ?", JSON.stringify(feedback), messageId);
  }

  /** Messages that were being worked on; after a restart nothing is working on them any more. */
  unfinishedMessages(): MessageRecord[] {
    return this.sql
      .exec<MessageRow>("SELECT * FROM messages WHERE status IN ('recording', 'transcribing', 'streaming') ORDER BY created_at, rowid")
      .toArray()
      .map(toRecord);
  }

  setMessageState(messageId: string, status: MessageStatus, error: string | null): void {
    this.sql.exec("UPDATE messages SET status = ?, error = ? WHERE id = ?", status, error, messageId);
  }

  setMessageContent(messageId: string, content: string): void {
    this.sql.exec("UPDATE messages SET content = ? WHERE id = ?", content, messageId);
  }

  appendMessageContent(messageId: string, text: string): void {
    this.sql.exec("UPDATE messages SET content = content || ? WHERE id = ?", text, messageId);
  }

  /** An ended answer records again (the candidate went on speaking): its count and its measures wait for the new end. */
  reopenAnswer(messageId: string): void {
    this.sql.exec("UPDATE messages SET status = 'recording', error = NULL, segment_count = NULL, metrics = NULL WHERE id = ?", messageId);
  }

  /** The answer ended: how many segments it has, and the long pauses and speech timing measured in it (null: unknown). */
  endAnswer(messageId: string, segmentCount: number, longPausesMs: number[] | null, speech: SpeechTiming | null): void {
    this.sql.exec(
      "UPDATE messages SET segment_count = ?, long_pauses = ?, speech = ? WHERE id = ?",
      segmentCount,
      longPausesMs && JSON.stringify(longPausesMs),
      speech && JSON.stringify(speech),
      messageId,
    );
  }

  setMetrics(messageId: string, metrics: DeliveryMetrics): void {
    this.sql.exec("UPDATE messages SET metrics = ? WHERE id = ?", JSON.stringify(metrics), messageId);
  }

  /** Each segment's new audio, in ms: its length less what it repeats of the one before (its overlap). */
  segmentDurations(messageId: string): number[] {
    return this.sql
      .exec<{ duration_ms: number; overlap_ms: number }>("SELECT duration_ms, overlap_ms FROM audio_segments WHERE message_id = ? ORDER BY idx", messageId)
      .toArray()
      .map((row) => Math.max(0, row.duration_ms - row.overlap_ms));
  }

  deleteMessage(messageId: string): void {
    this.sql.exec("DELETE FROM audio_segments WHERE message_id = ?", messageId);
    this.sql.exec("DELETE FROM messages WHERE id = ?", messageId);
  }

  // ── Audio segments ────────────────────────────────────────────────────────

  hasSegment(messageId: string, index: number): boolean {
    return this.sql.exec("SELECT 1 FROM audio_segments WHERE message_id = ? AND idx = ?", messageId, index).toArray().length > 0;
  }

  insertSegment(
    messageId: string,
    index: number,
    { durationMs, voicedMs, overlapMs }: { durationMs: number; voicedMs: number | null; overlapMs: number },
    audio: Uint8Array,
    now: number,
  ): void {
    this.sql.exec(
      "INSERT INTO audio_segments (message_id, idx, duration_ms, voiced_ms, overlap_ms, audio, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      messageId,
      index,
      durationMs,
      voicedMs,
      overlapMs,
      audio,
      now,
    );
  }

  /** How many segments are stored, and their total length, for limits and ordering. */
  segmentTotals(messageId: string): { count: number; durationMs: number; maxIndex: number } {
    const row = this.sql
      .exec<{ count: number; duration_ms: number | null; max_idx: number | null }>(
        "SELECT COUNT(*) AS count, SUM(duration_ms) AS duration_ms, MAX(idx) AS max_idx FROM audio_segments WHERE message_id = ?",
        messageId,
      )
      .one();
    return { count: row.count, durationMs: row.duration_ms ?? 0, maxIndex: row.max_idx ?? -1 };
  }

  /** Stored segments still waiting for their transcript, in order. */
  untranscribedSegments(messageId: string): SegmentRecord[] {
    return this.sql
      .exec<{ idx: number; voiced_ms: number | null; overlap_ms: number }>(
        "SELECT idx, voiced_ms, overlap_ms FROM audio_segments WHERE message_id = ? AND transcript IS NULL ORDER BY idx",
        messageId,
      )
      .toArray()
      .map((row) => ({ index: row.idx, voicedMs: row.voiced_ms, overlapMs: row.overlap_ms }));
  }

  /** Voiced time the recorder heard in the answer's segments: null when it could not say for any of them. */
  voicedMs(messageId: string): number | null {
    return this.sql
      .exec<{ voiced: number | null }>("SELECT SUM(voiced_ms) AS voiced FROM audio_segments WHERE message_id = ?", messageId)
      .one().voiced;
  }

  /** A segment's file as the recorder sent it, and how much of its start (ms) repeats the segment before. */
  readSegmentAudio(messageId: string, index: number): { audio: Uint8Array; overlapMs: number } | null {
    const row = this.sql
      .exec<{ audio: ArrayBuffer; overlap_ms: number }>("SELECT audio, overlap_ms FROM audio_segments WHERE message_id = ? AND idx = ?", messageId, index)
      .toArray()[0];
    return row ? { audio: new Uint8Array(row.audio), overlapMs: row.overlap_ms } : null;
  }

  setSegmentTranscript(messageId: string, index: number, transcript: string): void {
    this.sql.exec("UPDATE audio_segments SET transcript = ? WHERE message_id = ? AND idx = ?", transcript, messageId, index);
  }

  /** Transcripts of the leading run of transcribed segments, in order, joined (words an overlap repeats once). */
  transcriptSoFar(messageId: string): { text: string; segments: number } {
    const rows = this.sql
      .exec<{ idx: number; transcript: string | null; overlap_ms: number; duration_ms: number }>(
        "SELECT idx, transcript, overlap_ms, duration_ms FROM audio_segments WHERE message_id = ? ORDER BY idx",
        messageId,
      )
      .toArray();
    const parts: SegmentTranscript[] = [];
    for (const [position, row] of rows.entries()) {
      if (row.idx !== position || row.transcript === null) break;
      parts.push({ text: row.transcript, overlapMs: row.overlap_ms, durationMs: row.duration_ms });
    }
    return { text: joinSegmentTranscripts(parts), segments: parts.length };
  }
}

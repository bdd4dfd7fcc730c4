// Every SQL statement of the interviewer's voice: the spoken sentences of its messages, and each interview's voice.
// Used by the interview engine's speaker (worker/live/speaker.ts) and the user object's speech route.
import type { SpokenSentence } from "../protocol/socket";

/** A sentence as stored; the audio itself is read apart, only when it is played. */
export type SentenceRecord = SpokenSentence;

export class SpeechStorage {
  constructor(private readonly sql: SqlStorage) {}

  /** The voice chosen for the interview; null: the provider's default. */
  readVoice(interviewId: string): string | null {
    return this.sql.exec<{ voice: string | null }>("SELECT voice FROM interviews WHERE id = ?", interviewId).toArray()[0]?.voice ?? null;
  }

  saveVoice(interviewId: string, voice: string): void {
    this.sql.exec("UPDATE interviews SET voice = ? WHERE id = ?", voice, interviewId);
  }

  /**
   * A sentence spoken: `audio` of type `mimeType`. False, and nothing stored, when its message is gone (the
   * interview was deleted, or the line discarded, while the sentence was being spoken).
   */
  insertSpoken(sentence: { messageId: string; index: number; text: string; voice: string }, audio: { bytes: Uint8Array; mimeType: string }, now: number): boolean {
    return (
      this.sql.exec(
        `INSERT INTO speech_audio (message_id, idx, text, voice, mime_type, error, created_at, audio)
         SELECT ?, ?, ?, ?, ?, NULL, ?, ? WHERE EXISTS (SELECT 1 FROM messages WHERE id = ?)`,
        sentence.messageId,
        sentence.index,
        sentence.text,
        sentence.voice,
        audio.mimeType,
        now,
        audio.bytes,
        sentence.messageId,
      ).rowsWritten > 0
    );
  }

  /** A sentence that could not be spoken, and why in words for the candidate. False, as insertSpoken, when its message is gone. */
  insertFailed(sentence: { messageId: string; index: number; text: string; voice: string }, error: string, now: number): boolean {
    return (
      this.sql.exec(
        `INSERT INTO speech_audio (message_id, idx, text, voice, mime_type, error, created_at, audio)
         SELECT ?, ?, ?, ?, NULL, ?, ?, NULL WHERE EXISTS (SELECT 1 FROM messages WHERE id = ?)`,
        sentence.messageId,
        sentence.index,
        sentence.text,
        sentence.voice,
        error,
        now,
        sentence.messageId,
      ).rowsWritten > 0
    );
  }

  hasSentence(messageId: string, index: number): boolean {
    return this.sql.exec("SELECT 1 FROM speech_audio WHERE message_id = ? AND idx = ?", messageId, index).toArray().length > 0;
  }

  /** Every sentence of the interview's messages (attempts have none), in the order they were said. */
  listSentences(interviewId: string): SentenceRecord[] {
    return this.sql
      .exec<{ message_id: string; idx: number; text: string; mime_type: string | null; error: string | null }>(
        `SELECT s.message_id, s.idx, s.text, s.mime_type, s.error FROM speech_audio s JOIN messages m ON m.id = s.message_id
         WHERE m.interview_id = ? ORDER BY m.created_at, m.rowid, s.idx`,
        interviewId,
      )
      .toArray()
      .map((row) => ({ messageId: row.message_id, index: row.idx, text: row.text, status: row.mime_type ? "ready" : "failed", error: row.error }));
  }

  readAudio(messageId: string, index: number): { audio: Uint8Array; mimeType: string } | null {
    const row = this.sql
      .exec<{ audio: ArrayBuffer | null; mime_type: string | null }>("SELECT mime_type, audio FROM speech_audio WHERE message_id = ? AND idx = ?", messageId, index)
      .toArray()[0];
    return row?.audio && row.mime_type ? { audio: new Uint8Array(row.audio), mimeType: row.mime_type } : null;
  }

  /** The newest interviewer line of each running interview, when it is complete: the one a restart may have left half spoken. */
  lastCompleteLines(): { interviewId: string; messageId: string; content: string }[] {
    return this.sql
      .exec<{ id: string; interview_id: string; content: string }>(
        `SELECT m.id, m.interview_id, m.content FROM messages m JOIN interviews i ON i.id = m.interview_id
         WHERE i.status = 'in_progress' AND m.role = 'assistant' AND m.status = 'complete' AND m.attempt_of IS NULL
           AND m.rowid = (SELECT rowid FROM messages WHERE interview_id = m.interview_id AND role = 'assistant' AND attempt_of IS NULL
                          ORDER BY created_at DESC, rowid DESC LIMIT 1)`,
      )
      .toArray()
      .map((row) => ({ interviewId: row.interview_id, messageId: row.id, content: row.content }));
  }

  /** Forgets a message's sentences: it is being said again from scratch. */
  deleteSentences(messageId: string): void {
    this.sql.exec("DELETE FROM speech_audio WHERE message_id = ?", messageId);
  }
}

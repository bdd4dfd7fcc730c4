// Transcribes a voice answer's segments as they arrive, while the candidate is still talking, and
// completes the answer once every segment has its transcript. Segments are transcribed side by side:
// a short last segment never waits behind a long earlier one. Segments the recorder heard no speech in
// are never sent to speech-to-text, and an answer with no words in it is not kept as an answer.
import { TRANSCRIBE_TIMEOUT_MS, ProviderError } from "../ai/provider";
import { voiceMetrics } from "../feedback/delivery-metrics";
import { countWords } from "../feedback/fillers";
import type { TurnWords } from "../protocol/socket";
import type { MessageRecord, SegmentRecord } from "../storage/live-storage";
import { describeFailure, type EngineContext } from "./context";
import { judgeTurnWords } from "./end-of-turn/words";
import { transcribeWithoutLoop } from "./decoding-loop";
import { keepSpokenText } from "./no-speech";

/**
 * Voiced audio (as the recorder heard it) above which an answer without words is a failure to make
 * them out, offered again, rather than an answer with nothing said in it.
 */
export const WORDLESS_VOICED_MS_MAX = 1_000;

export class Transcriber {
  /** "<messageId>:<index>" of requests running now; only de-duplicates work within this instance. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly context: EngineContext,
    private readonly onAnswerComplete: (answer: MessageRecord) => void,
    /** The answer's transcript so far changed, and what its words say of the thought; before it is complete. */
    private readonly onWords: (answer: MessageRecord, text: string, words: TurnWords) => void,
  ) {}

  /** Starts transcribing every stored segment of the answer that has no transcript and no request yet. */
  kick(messageId: string): void {
    const message = this.context.live.readMessage(messageId);
    if (!message || (message.status !== "recording" && message.status !== "transcribing")) return;
    let silent = false;
    for (const segment of this.context.live.untranscribedSegments(messageId)) {
      // Nothing voiced in it: speech-to-text would only make words up.
      if (segment.voicedMs === 0) {
        this.context.live.setSegmentTranscript(messageId, segment.index, "");
        silent = true;
        continue;
      }
      const key = `${messageId}:${segment.index}`;
      if (this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      this.context.background(`transcribe ${key}`, this.transcribe(message, segment).finally(() => this.inFlight.delete(key)));
    }
    // A silent segment is transcribed too (as nothing): the room's end of turn hears that it is covered.
    this.progress(message, silent);
  }

  private async transcribe(message: MessageRecord, segment: SegmentRecord): Promise<void> {
    const { live, provider } = this.context;
    const { messageId } = message;
    const audio = live.readSegmentAudio(messageId, segment.index)?.audio;
    if (!audio) return;
    let text: string;
    try {
      const input = { bytes: audio, mimeType: message.mimeType ?? "audio/webm" };
      const heard = await transcribeWithoutLoop((verbatimPrompt) => provider().transcribe(input, AbortSignal.timeout(TRANSCRIBE_TIMEOUT_MS), { verbatimPrompt }));
      text = keepSpokenText(heard, segment.voicedMs);
    } catch (error) {
      this.fail(messageId, error);
      return;
    }
    // The answer may have been discarded while we waited.
    if (!live.readMessage(messageId)) return;
    live.setSegmentTranscript(messageId, segment.index, text);
    this.progress(message, true);
  }

  /**
   * Sends the transcript so far when it changed, or (`transcribed`) when one more segment has a transcript even if it
   * added no words: the room's end of turn waits for the words before a pause (app/live/use-voice-answer.ts). Then
   * completes the answer once every segment has one.
   */
  private progress(message: MessageRecord, transcribed = false): void {
    const { live, emit } = this.context;
    const { messageId } = message;
    const current = live.readMessage(messageId);
    if (!current) return;
    const soFar = live.transcriptSoFar(messageId);
    if (soFar.text !== current.content || (transcribed && soFar.segments > 0)) {
      const turnWords = judgeTurnWords(soFar.text).words;
      live.setMessageContent(messageId, soFar.text);
      emit(message.interviewId, { type: "transcript", messageId, text: soFar.text, segmentsTranscribed: soFar.segments, turnWords });
      if (soFar.text !== current.content) this.onWords(current, soFar.text, turnWords);
    }
    this.completeIfDone(messageId);
  }

  /** While the candidate is still talking, the next segment's arrival retries; after the answer ended, it fails. */
  private fail(messageId: string, error: unknown): void {
    const { live, emit } = this.context;
    const message = live.readMessage(messageId);
    console.warn("transcription failed", messageId, describeFailure(error));
    if (!message || message.status !== "transcribing") return;
    const reason = error instanceof ProviderError ? error.message : "Speech-to-text failed.";
    const text = `${reason} Your recording is saved: try again, or discard it and answer again.`;
    live.setMessageState(messageId, "failed", text);
    emit(message.interviewId, { type: "message_status", messageId, status: "failed", error: text });
  }

  private completeIfDone(messageId: string): void {
    const { live, emit } = this.context;
    const message = live.readMessage(messageId);
    if (!message || message.status !== "transcribing" || message.segmentCount === null) return;
    const soFar = live.transcriptSoFar(messageId);
    if (soFar.segments < message.segmentCount) return;
    if (countWords(soFar.text) === 0) return this.wordless(message);
    const metrics = voiceMetrics({
      transcript: soFar.text,
      segmentDurationsMs: live.segmentDurations(messageId),
      longPausesMs: message.longPausesMs,
      speech: message.speech,
      keepsHesitations: this.context.provider().keepsHesitations,
    });
    live.setMessageContent(messageId, soFar.text);
    live.setMetrics(messageId, metrics);
    live.setMessageState(messageId, "complete", null);
    emit(message.interviewId, { type: "message_status", messageId, status: "complete", content: soFar.text, error: null, metrics });
    this.onAnswerComplete({ ...message, content: soFar.text, metrics, status: "complete", error: null });
  }

  /**
   * An answer that came out with no words. With speech in it, the words could not be made out: it
   * fails, so it can be tried again or discarded. With none (silence, noise), nothing was said: it is
   * not kept, and the interview waits for an answer as before.
   */
  private wordless(message: MessageRecord): void {
    const { live, emit } = this.context;
    const voiced = message.speech?.voicedMs ?? live.voicedMs(message.messageId);
    if (voiced !== null && voiced > WORDLESS_VOICED_MS_MAX) {
      const error = "No words could be made out in this recording. Try again, or discard it and answer again, out loud or by typing.";
      live.setMessageState(message.messageId, "failed", error);
      emit(message.interviewId, { type: "message_status", messageId: message.messageId, status: "failed", error });
      return;
    }
    live.deleteMessage(message.messageId);
    emit(message.interviewId, { type: "message_removed", messageId: message.messageId, reason: "no_speech" });
  }
}

// Transcribes a voice answer's segments as they arrive, while the candidate is still talking, and
// completes the answer once every segment has its transcript. Segments are transcribed side by side:
// a short last segment never waits behind a long earlier one.
import { TRANSCRIBE_TIMEOUT_MS, ProviderError } from "../ai/provider";
import { voiceMetrics } from "../feedback/delivery-metrics";
import type { MessageRecord } from "../storage/live-storage";
import { describeFailure, type EngineContext } from "./context";

export class Transcriber {
  /** "<messageId>:<index>" of requests running now; only de-duplicates work within this instance. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly context: EngineContext,
    private readonly onAnswerComplete: (answer: MessageRecord) => void,
  ) {}

  /** Starts transcribing every stored segment of the answer that has no transcript and no request yet. */
  kick(messageId: string): void {
    const message = this.context.live.readMessage(messageId);
    if (!message || (message.status !== "recording" && message.status !== "transcribing")) return;
    for (const index of this.context.live.untranscribedSegments(messageId)) {
      const key = `${messageId}:${index}`;
      if (this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      this.context.background(`transcribe ${key}`, this.transcribe(message, index).finally(() => this.inFlight.delete(key)));
    }
    this.completeIfDone(messageId);
  }

  private async transcribe(message: MessageRecord, index: number): Promise<void> {
    const { live, provider, emit } = this.context;
    const { messageId } = message;
    const audio = live.readSegmentAudio(messageId, index);
    if (!audio) return;
    let text: string;
    try {
      text = await provider().transcribe({ bytes: audio, mimeType: message.mimeType ?? "audio/webm" }, AbortSignal.timeout(TRANSCRIBE_TIMEOUT_MS));
    } catch (error) {
      this.fail(messageId, error);
      return;
    }
    // The answer may have been discarded while we waited.
    if (!live.readMessage(messageId)) return;
    const before = live.transcriptSoFar(messageId);
    live.setSegmentTranscript(messageId, index, text);
    const after = live.transcriptSoFar(messageId);
    if (after.segments !== before.segments) {
      live.setMessageContent(messageId, after.text);
      emit(message.interviewId, { type: "transcript", messageId, text: after.text, segmentsTranscribed: after.segments });
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
    const metrics = voiceMetrics({
      transcript: soFar.text,
      segmentDurationsMs: live.segmentDurations(messageId),
      longPausesMs: message.longPausesMs,
      keepsHesitations: this.context.provider().keepsHesitations,
    });
    live.setMessageContent(messageId, soFar.text);
    live.setMetrics(messageId, metrics);
    live.setMessageState(messageId, "complete", null);
    emit(message.interviewId, { type: "message_status", messageId, status: "complete", content: soFar.text, error: null, metrics });
    this.onAnswerComplete({ ...message, content: soFar.text, metrics, status: "complete", error: null });
  }
}

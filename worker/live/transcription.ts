// Transcribes a voice answer's segments in order as they arrive, while the candidate is still
// talking, and completes the answer once its last segment is transcribed.
import { TRANSCRIBE_TIMEOUT_MS, ProviderError } from "../ai/provider";
import { describeFailure, type EngineContext } from "./context";

export class Transcriber {
  /** Answers with a transcription loop running now; only de-duplicates work within this instance. */
  private readonly running = new Set<string>();

  constructor(
    private readonly context: EngineContext,
    private readonly onAnswerComplete: (interviewId: string) => void,
  ) {}

  kick(messageId: string): void {
    if (this.running.has(messageId)) return;
    this.running.add(messageId);
    this.context.background(
      `transcribe ${messageId}`,
      this.drain(messageId).finally(() => this.running.delete(messageId)),
    );
  }

  private async drain(messageId: string): Promise<void> {
    const { live, provider, emit } = this.context;
    for (;;) {
      const message = live.readMessage(messageId);
      if (!message || (message.status !== "recording" && message.status !== "transcribing")) return;
      const segment = live.nextUntranscribedSegment(messageId);
      if (!segment) break;
      let text: string;
      try {
        text = await provider().transcribe(
          { bytes: segment.audio, mimeType: message.mimeType ?? "audio/webm" },
          AbortSignal.timeout(TRANSCRIBE_TIMEOUT_MS),
        );
      } catch (error) {
        this.fail(messageId, error);
        return;
      }
      // The answer may have been cancelled while we waited.
      if (!live.readMessage(messageId)) return;
      live.setSegmentTranscript(messageId, segment.index, text);
      const soFar = live.transcriptSoFar(messageId);
      live.setMessageContent(messageId, soFar.text);
      emit(message.interviewId, { type: "transcript", messageId, text: soFar.text, segmentsTranscribed: soFar.segments });
    }
    this.completeIfDone(messageId);
  }

  /** While the candidate is still talking, the next segment retries; after the answer ended, it fails. */
  private fail(messageId: string, error: unknown): void {
    const { live, emit } = this.context;
    const message = live.readMessage(messageId);
    console.warn("transcription failed", messageId, describeFailure(error));
    if (!message || message.status !== "transcribing") return;
    const reason = error instanceof ProviderError ? error.message : "Speech-to-text failed.";
    const text = `${reason} Your recording is saved; try again.`;
    live.setMessageState(messageId, "failed", text);
    emit(message.interviewId, { type: "message_status", messageId, status: "failed", error: text });
  }

  private completeIfDone(messageId: string): void {
    const { live, emit } = this.context;
    const message = live.readMessage(messageId);
    if (!message || message.status !== "transcribing" || message.segmentCount === null) return;
    const soFar = live.transcriptSoFar(messageId);
    if (soFar.segments < message.segmentCount) return;
    live.setMessageContent(messageId, soFar.text);
    live.setMessageState(messageId, "complete", null);
    emit(message.interviewId, { type: "message_status", messageId, status: "complete", content: soFar.text, error: null });
    this.onAnswerComplete(message.interviewId);
  }
}

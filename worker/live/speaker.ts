// The interviewer's voice: speaks each sentence of a reply as soon as it is complete, one after another, keeps
// the audio with the message and tells every tab with a `speech` event. A failure leaves captions only, said plainly.
import { ProviderError, SPEAK_TIMEOUT_MS, type SpeechOut } from "../ai/provider";
import type { SpokenSentence } from "../protocol/socket";
import { describeFailure, type EngineContext } from "./context";
import { SentenceSplitter } from "../protocol/sentences";
import type { PreparedSentence } from "./speculation";

/** The voice the interview's next sentence is said in: the one chosen, if `out` has it, else its default. */
export function voiceFor(context: EngineContext, interviewId: string, out: SpeechOut): string {
  const chosen = context.speech.readVoice(interviewId);
  return chosen && out.info.voices.includes(chosen) ? chosen : out.info.defaultVoice;
}

/** Shown with the captions when a sentence has no audio. */
const UNAVAILABLE = "The interviewer's voice is unavailable";

/** One reply being spoken: fed its text as it streams; the sentences are spoken in order, each once. */
export class SpokenReply {
  private readonly splitter = new SentenceSplitter();
  private next = 0;
  private queue: Promise<void> = Promise.resolve();
  /** Once one sentence fails, the rest of the reply is not tried: a service that is down would make each wait. */
  private failure: string | null = null;
  cancelled = false;

  constructor(
    private readonly context: EngineContext,
    private readonly interviewId: string,
    private readonly messageId: string,
    /** Called once the whole reply has been handed over: it can no longer be said again from scratch. */
    private readonly onFinish: () => void,
    /** The first sentence, already being spoken when the reply was composed ahead (speculation.ts). */
    private readonly prepared: PreparedSentence | null = null,
  ) {}

  /** More of the reply's text. */
  push(text: string): void {
    for (const sentence of this.splitter.push(text)) this.enqueue(sentence);
  }

  /** The reply is complete (or failed: what was said so far is still spoken). */
  finish(): void {
    for (const sentence of this.splitter.finish()) this.enqueue(sentence);
    this.onFinish();
  }

  private enqueue(text: string): void {
    const index = this.next++;
    this.queue = this.queue.then(() => this.speak(index, text));
    this.context.background(`speech ${this.messageId} ${index}`, this.queue);
  }

  /** Never throws: whatever happens, the sentence ends up stored and announced, with audio or without. */
  private async speak(index: number, text: string): Promise<void> {
    const { speech, emit, now } = this.context;
    if (this.cancelled || speech.hasSentence(this.messageId, index)) return;
    const out = this.context.provider().speech;
    const voice = voiceFor(this.context, this.interviewId, out);
    const sentence = { messageId: this.messageId, index, text, voice };
    let result: SpokenSentence;
    if (this.failure === null) {
      try {
        const ready = index === 0 && this.prepared?.text === text && this.prepared.voice === voice ? await this.prepared.audio : null;
        const audio = ready ?? (await out.speak({ text, voice }, AbortSignal.timeout(SPEAK_TIMEOUT_MS)));
        if (this.cancelled || speech.hasSentence(this.messageId, index)) return;
        // A line deleted meanwhile is not spoken further: nothing to keep it with, no one to tell.
        if (!speech.insertSpoken(sentence, audio, now())) return void (this.cancelled = true);
        result = { messageId: this.messageId, index, text, status: "ready", error: null };
        return void emit(this.interviewId, { type: "speech", sentence: result });
      } catch (error) {
        console.warn("speech failed", this.messageId, index, describeFailure(error));
        this.failure = `${UNAVAILABLE}: ${error instanceof ProviderError ? error.message : "it could not speak."} Its words are shown instead.`;
      }
    }
    if (this.cancelled || speech.hasSentence(this.messageId, index)) return;
    if (!speech.insertFailed(sentence, this.failure, now())) return void (this.cancelled = true);
    result = { messageId: this.messageId, index, text, status: "failed", error: this.failure };
    emit(this.interviewId, { type: "speech", sentence: result });
  }
}

/** Starts and forgets the spoken form of the interviewer's messages. */
export class Speaker {
  private readonly active = new Map<string, SpokenReply>();

  constructor(private readonly context: EngineContext) {}

  /**
   * A new reply starts streaming: its sentences will be spoken as they complete. `prepared`: its first sentence, spoken
   * already when it was composed ahead; used if the reply's first sentence is that text in the voice chosen now.
   */
  begin(interviewId: string, messageId: string, prepared: PreparedSentence | null = null): SpokenReply {
    this.forget(messageId);
    // Only a reply that failed part-way stays here, in case it is tried again while its sentences are still spoken.
    const reply = new SpokenReply(this.context, interviewId, messageId, () => this.active.get(messageId) === reply && this.active.delete(messageId), prepared);
    this.active.set(messageId, reply);
    return reply;
  }

  /**
   * After a restart: speaks what a complete line is missing (the object stopped while its sentences were being
   * spoken). Sentences already stored, with audio or without, are left as they are.
   */
  resumeAll(): void {
    for (const line of this.context.speech.lastCompleteLines()) {
      const reply = new SpokenReply(this.context, line.interviewId, line.messageId, () => undefined);
      reply.push(line.content);
      reply.finish();
    }
  }

  /** The message is said again from scratch: what was spoken of it before is dropped. */
  forget(messageId: string): void {
    const previous = this.active.get(messageId);
    if (previous) previous.cancelled = true;
    this.active.delete(messageId);
    this.context.speech.deleteSentences(messageId);
  }
}

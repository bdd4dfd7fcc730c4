// A reply composed before it is asked for. Once the words of an answer still being recorded read as finished
// (worker/live/end-of-turn/words.ts), the interviewer's next line is written, and its first sentence spoken, in
// memory, while the room still waits out the pause. When the answer then ends with those same words,
// Interviewer.takeNextTurn commits it: the line is stored and said from what was already made, so the wait the
// reply's model and voice take is spent during the pause instead of after it. Nothing is stored or sent before
// the commit; new words (the candidate went on), a resumed or discarded answer, throw it away.
import { SPEAK_TIMEOUT_MS, REPLY_TIMEOUT_MS, type SpeechAudio, type SpeechOut, type Turn } from "../ai/provider";
import { SentenceSplitter } from "../protocol/sentences";
import { describeFailure } from "./context";

/** The first sentence of a speculative reply, spoken in `voice`: null when speaking it failed (it is tried again at the commit). */
export interface PreparedSentence {
  text: string;
  voice: string;
  audio: Promise<SpeechAudio | null>;
}

export class SpeculativeReply {
  /** The reply's text so far, in the pieces the provider yielded. */
  private readonly pieces: string[] = [];
  private done = false;
  private failed = false;
  /** Wakes a replay waiting for the next piece. */
  private wake: () => void = () => undefined;
  private readonly stop = new AbortController();
  private readonly splitter = new SentenceSplitter();
  /** Set once the reply's first sentence is complete and being spoken. */
  first: PreparedSentence | null = null;

  /**
   * `answerId` and `content`: the answer, and the transcript the reply was composed after; `turn`: the turn it takes.
   * `compose` streams the reply (the provider's streamReply with the request the commit would make); `speech` and
   * `voice` speak its first sentence. Starts at once.
   */
  constructor(
    readonly answerId: string,
    readonly content: string,
    readonly turn: Turn,
    compose: (signal: AbortSignal) => AsyncIterable<string>,
    private readonly speech: SpeechOut,
    private readonly voice: string,
  ) {
    void this.run(compose);
  }

  /** Whether it can still be committed: it has not failed and has not been thrown away. */
  get usable(): boolean {
    return !this.failed && !this.stop.signal.aborted;
  }

  /** Thrown away: the reply stops being composed and its sentence spoken. */
  abort(): void {
    this.stop.abort();
    this.wake();
  }

  /**
   * The reply's text, from its first piece: what was composed already at once, then the rest as it comes. Ends when
   * the reply is complete; throws if composing it failed. `signal` aborting (the committed line withdrawn) aborts it.
   */
  async *replay(signal: AbortSignal): AsyncIterable<string> {
    signal.addEventListener("abort", () => this.abort(), { once: true });
    for (let next = 0; ; ) {
      while (next < this.pieces.length) yield this.pieces[next++]!;
      if (this.stop.signal.aborted) return;
      if (this.failed) throw new Error("The reply composed ahead failed.");
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private async run(compose: (signal: AbortSignal) => AsyncIterable<string>): Promise<void> {
    try {
      for await (const piece of compose(AbortSignal.any([AbortSignal.timeout(REPLY_TIMEOUT_MS), this.stop.signal]))) {
        if (this.stop.signal.aborted) return;
        this.pieces.push(piece);
        if (!this.first) this.prepare(this.splitter.push(piece)[0]);
        this.wake();
      }
      if (!this.first) this.prepare(this.splitter.finish()[0]);
      this.done = true;
    } catch (error) {
      if (!this.stop.signal.aborted) console.warn("reply composed ahead failed", this.answerId, describeFailure(error));
      this.failed = true;
    }
    this.wake();
  }

  private prepare(sentence: string | undefined): void {
    if (!sentence) return;
    const signal = AbortSignal.any([AbortSignal.timeout(SPEAK_TIMEOUT_MS), this.stop.signal]);
    const audio = this.speech.speak({ text: sentence, voice: this.voice }, signal).catch((error: unknown) => {
      if (!signal.aborted) console.warn("speech composed ahead failed", this.answerId, describeFailure(error));
      return null;
    });
    this.first = { text: sentence, voice: this.voice, audio };
  }
}

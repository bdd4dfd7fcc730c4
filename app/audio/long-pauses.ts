// Measures long silences inside a spoken answer (between words, not before the first or after the
// last), for the delivery metrics. Fed by AnswerRecorder with the pause detector's speech decision.
import { LONG_PAUSE_MS } from "../../worker/protocol/feedback";

export class LongPauses {
  #heardSpeech = false;
  #silenceSinceMs: number | undefined;
  readonly #pausesMs: number[] = [];

  sample(timeMs: number, isSpeech: boolean): void {
    if (!isSpeech) {
      if (this.#heardSpeech && this.#silenceSinceMs === undefined) this.#silenceSinceMs = timeMs;
      return;
    }
    if (this.#silenceSinceMs !== undefined && timeMs - this.#silenceSinceMs >= LONG_PAUSE_MS) {
      this.#pausesMs.push(Math.round(timeMs - this.#silenceSinceMs));
    }
    this.#silenceSinceMs = undefined;
    this.#heardSpeech = true;
  }

  /** Silence still running at the end is the candidate finishing, not a pause, so it is left out. */
  get pausesMs(): number[] {
    return [...this.#pausesMs];
  }
}

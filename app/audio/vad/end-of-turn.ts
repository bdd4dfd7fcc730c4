// Decides when a spoken answer is over in hands-free mode, from the voice-activity probability of each
// 32 ms frame; useVoiceAnswer feeds it the recorder's frames. No clocks: time is counted in frames, so
// it is tested on frame sequences and behaves the same however slowly the frames are judged.
import { defaultSegmenterOptions } from "./segmenter.ts";
import { VAD_FRAME_MS } from "./silero.ts";

export interface EndOfTurnOptions {
  /** Silence after the candidate's last words that ends the answer, ms. */
  patienceMs: number;
  /** A frame at or above this starts a run of speech; the recorder's segmenter uses the same (Silero's default). */
  speechThreshold: number;
  /** Inside a run of speech, a frame stays speech down to this (hysteresis, as the segmenter). */
  silenceThreshold: number;
  /**
   * A run of speech shorter than this is a cough, a click or a breath, not words, ms (silero-vad's
   * get_speech_timestamps uses min_speech_duration_ms = 250).
   */
  minSpeechMs: number;
  /** With nothing said yet, the candidate is gently prompted after this long, ms. The answer never ends by itself before words. */
  promptAfterMs: number;
  /** The countdown shows at most this long before the answer ends, ms. */
  countdownMs: number;
  /** A pause shorter than this (between sentences) never shows a countdown, ms. */
  quietPauseMs: number;
  /** "I'm still thinking" gives the current pause this much time on top of the patience, ms. */
  stillThinkingMs: number;
}

/** Patience the room offers, ms: long enough for a thinking pause in mid-answer, short enough not to feel stuck. */
export const PATIENCE_MS_DEFAULT = 3_000;
export const PATIENCE_MS_MIN = 2_000;
export const PATIENCE_MS_MAX = 8_000;

export const defaultEndOfTurnOptions: EndOfTurnOptions = {
  patienceMs: PATIENCE_MS_DEFAULT,
  speechThreshold: defaultSegmenterOptions.speechThreshold,
  silenceThreshold: defaultSegmenterOptions.silenceThreshold,
  minSpeechMs: 250,
  promptAfterMs: 20_000,
  countdownMs: 3_000,
  quietPauseMs: 1_500,
  stillThinkingMs: 10_000,
};

/**
 * waiting: nothing said yet · speaking · pause: silent after words, no countdown yet · countdown: the
 * answer ends soon unless the candidate speaks · ended: the answer is over (final).
 */
export type TurnPhase = "waiting" | "speaking" | "pause" | "countdown" | "ended";

export interface TurnState {
  phase: TurnPhase;
  /** In the countdown, whole seconds left before the answer ends (rounded up, at least 1); else 0. */
  secondsLeft: number;
  /** Nothing has been said for promptAfterMs since listening began (until the first words). */
  prompt: boolean;
}

const sameState = (a: TurnState, b: TurnState) => a.phase === b.phase && a.secondsLeft === b.secondsLeft && a.prompt === b.prompt;

/** One answer's turn: push every frame's speech probability in order; `state` says where the turn stands. */
export class EndOfTurnDetector {
  readonly #options: EndOfTurnOptions;
  #state: TurnState = { phase: "waiting", secondsLeft: 0, prompt: false };
  /** Words have been heard (a run of speech of at least minSpeechMs). */
  #heard = false;
  /** Frames in the current run of speech-like frames, and whether it has lasted long enough to be words. */
  #run = 0;
  #confirmed = false;
  /** Ms since the last frame of words (a cough in between does not reset it), or since listening began. */
  #silentMs = 0;
  /** Extra time given to the current pause by "I'm still thinking", ms. */
  #extraMs = 0;

  constructor(options: Partial<EndOfTurnOptions> = {}) {
    this.#options = { ...defaultEndOfTurnOptions, ...options };
  }

  get state(): TurnState {
    return this.#state;
  }

  /** One frame's speech probability (0..1). Returns true when the state changed (a new object). */
  push(probability: number): boolean {
    if (this.#state.phase === "ended") return false;
    const { speechThreshold, silenceThreshold, minSpeechMs } = this.#options;
    const speechLike = probability >= (this.#run > 0 ? silenceThreshold : speechThreshold);
    this.#run = speechLike ? this.#run + 1 : 0;
    if (!speechLike) this.#confirmed = false;
    else if (this.#run * VAD_FRAME_MS >= minSpeechMs) this.#confirmed = true;

    if (this.#confirmed) {
      this.#heard = true;
      this.#silentMs = 0;
      this.#extraMs = 0;
    } else {
      this.#silentMs += VAD_FRAME_MS;
    }
    return this.#update();
  }

  /**
   * The candidate asked for more time: the current pause may last stillThinkingMs longer than the
   * patience, counted from now. Before any words it clears the prompt and starts its wait again.
   */
  stillThinking(): boolean {
    if (this.#state.phase === "ended") return false;
    if (this.#heard) this.#extraMs = this.#silentMs + this.#options.stillThinkingMs;
    else this.#silentMs = 0;
    return this.#update();
  }

  #update(): boolean {
    const next = this.#next();
    if (sameState(next, this.#state)) return false;
    this.#state = next;
    return true;
  }

  #next(): TurnState {
    const { patienceMs, promptAfterMs, countdownMs, quietPauseMs } = this.#options;
    if (!this.#heard) return { phase: "waiting", secondsLeft: 0, prompt: this.#silentMs >= promptAfterMs };
    if (this.#confirmed) return { phase: "speaking", secondsLeft: 0, prompt: false };
    const allowed = patienceMs + this.#extraMs;
    const left = allowed - this.#silentMs;
    // A sound that may be the next word holds the end back until it proves to be words or a blip.
    if (left <= 0 && this.#run === 0) return { phase: "ended", secondsLeft: 0, prompt: false };
    const shown = Math.min(countdownMs, Math.max(0, allowed - quietPauseMs));
    if (left > shown) return { phase: "pause", secondsLeft: 0, prompt: false };
    return { phase: "countdown", secondsLeft: Math.max(1, Math.ceil(left / 1000)), prompt: false };
  }
}

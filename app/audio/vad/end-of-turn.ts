// Decides when a spoken answer is over in hands-free mode, from the voice-activity probability of each
// 32 ms frame, and from what the words so far say of the thought (worker/live/end-of-turn/words.ts, sent with
// each transcript): finished, the pause that follows ends it sooner; unfinished, it may last longer; unsure, the
// candidate's patience. useVoiceAnswer feeds it the recorder's frames and the verdicts. No clocks: time is
// counted in frames, so it is tested on frame sequences and behaves the same however slowly the frames are judged.
import type { TurnWords } from "../../../worker/protocol/socket.ts";
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
  /**
   * A pause after words that read as finished ends the answer after this much silence, ms (or the patience, if
   * shorter). About 1 s: people leave ~200 ms between turns, and a thought that is complete needs no more wait.
   */
  finishedSilenceMs: number;
  /**
   * A pause after words that leave the thought open ("…and", "um", "because") may last this long, ms (or the
   * patience, if longer): being cut off while thinking is the worst a voice interviewer does. 11 s, so that a pause
   * of 10 s (the longest bench:turn-taking labels as thinking) is not cut even where the detector hears its end late.
   */
  unfinishedWaitMs: number;
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
  finishedSilenceMs: 1_000,
  unfinishedWaitMs: 11_000,
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
  /** Pauses after words so far: the current one's number (0 before the first words). */
  #pause = 0;
  /** What the words before the current pause say of the thought; unsure until told (see wordsSay). */
  /** The pause the last segment was cut in, and how many segments had been sent with it (see segmentSent). */
  #sentUpTo: { pause: number; segments: number } | null = null;
  #words: TurnWords | "pending" = "unsure";

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
      this.#words = "unsure";
    } else {
      if (this.#heard && this.#silentMs === 0) this.#pause++;
      this.#silentMs += VAD_FRAME_MS;
    }
    return this.#update();
  }

  /**
   * The number of the current pause after words (1, 2…), 0 before the first words and while speaking: a verdict
   * on the words before a pause is given with its number, so one that comes late applies to no other pause.
   */
  get pause(): number {
    return this.#heard && !this.#confirmed ? this.#pause : 0;
  }

  /**
   * What the transcript of everything said before pause number `pause` says of the thought, or "pending": it is on
   * its way (the speech before the pause was sent to speech-to-text). While pending the pause may last up to
   * unfinishedWaitMs: the reply cannot start before that transcript anyway, and a thought left open must not be cut
   * off because speech-to-text was slow. Ignored unless that pause is still going on. Returns true when the state
   * changed (a new object).
   */
  wordsSay(words: TurnWords | "pending", pause: number): boolean {
    if (this.#state.phase === "ended" || pause === 0 || pause !== this.pause) return false;
    this.#words = words;
    return this.#update();
  }

  /**
   * The answer's segment number `count` (from 1) was just sent to be transcribed. Cut in a pause that still goes on,
   * it holds everything said before that pause, so the pause waits for its transcript (wordsSay "pending"), and
   * transcribed() applies the verdict that comes with it. Returns true when the state changed (a new object).
   */
  segmentSent(count: number): boolean {
    const pause = this.pause;
    if (pause === 0) return false;
    this.#sentUpTo = { pause, segments: count };
    return this.wordsSay("pending", pause);
  }

  /**
   * The answer's newest transcript covers its first `segments` segments and its words read as `words`
   * (worker/live/end-of-turn/words.ts). When that is everything said before the pause segmentSent waits in, the pause
   * ends sooner (finished) or later (unfinished); see wordsSay. Returns true when the state changed (a new object).
   */
  transcribed(segments: number, words: TurnWords): boolean {
    const sent = this.#sentUpTo;
    if (!sent || segments < sent.segments) return false;
    return this.wordsSay(words, sent.pause);
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
    const { patienceMs, promptAfterMs, countdownMs, quietPauseMs, finishedSilenceMs, unfinishedWaitMs } = this.#options;
    if (!this.#heard) return { phase: "waiting", secondsLeft: 0, prompt: this.#silentMs >= promptAfterMs };
    if (this.#confirmed) return { phase: "speaking", secondsLeft: 0, prompt: false };
    const pauseMs =
      this.#words === "finished" ? Math.min(patienceMs, finishedSilenceMs) : this.#words === "unfinished" || this.#words === "pending" ? Math.max(patienceMs, unfinishedWaitMs) : patienceMs;
    const allowed = pauseMs + this.#extraMs;
    const left = allowed - this.#silentMs;
    // A sound that may be the next word holds the end back until it proves to be words or a blip.
    if (left <= 0 && this.#run === 0) return { phase: "ended", secondsLeft: 0, prompt: false };
    const shown = Math.min(countdownMs, Math.max(0, allowed - quietPauseMs));
    if (left > shown) return { phase: "pause", secondsLeft: 0, prompt: false };
    return { phase: "countdown", secondsLeft: Math.max(1, Math.ceil(left / 1000)), prompt: false };
  }
}

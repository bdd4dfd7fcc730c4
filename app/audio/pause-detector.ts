// Decides, from microphone levels alone, where to cut an answer into segments; driven by the answer recorder.
import { PAUSE_MS, SEGMENT_MS_MAX, SEGMENT_MS_MIN } from "../../worker/protocol/audio";

export type PauseDecision = "continue" | "cut";

/** Stopping one recorder and starting the next takes a moment, so forced cuts come this much early. */
export const CUT_MARGIN_MS = 300;

export interface PauseDetectorOptions {
  pauseMs?: number;
  segmentMsMin?: number;
  segmentMsMax?: number;
  cutMarginMs?: number;
  /** Speech is never quieter than this RMS, however quiet the room (-40 dBFS: soft speech with no gain control). */
  minThreshold?: number;
  /** Speech is this many times louder than the noise floor: room noise varies well within it. */
  noiseFactor?: number;
  /**
   * The noise floor is the quietest level of this long a window: long enough that fluent speech always has a
   * quieter moment in it (between words, a breath), short enough to learn a fan that starts mid-answer.
   */
  noiseWindowMs?: number;
}

const defaults: Required<PauseDetectorOptions> = {
  pauseMs: PAUSE_MS,
  segmentMsMin: SEGMENT_MS_MIN,
  segmentMsMax: SEGMENT_MS_MAX,
  cutMarginMs: CUT_MARGIN_MS,
  minThreshold: 0.01,
  noiseFactor: 3,
  noiseWindowMs: 5_000,
};

/**
 * A state machine fed one (time, level) sample at a time, level being the RMS (0..1) of the latest audio, about
 * every 50 ms. It cuts when the segment has heard speech, then PAUSE_MS of silence, and is at least SEGMENT_MS_MIN
 * long; or when it is about to outgrow SEGMENT_MS_MAX. A cut starts the next segment at that sample's time.
 * No clocks and no DOM: everything it knows comes through sample().
 */
export class PauseDetector {
  readonly #options: Required<PauseDetectorOptions>;
  #segmentStartMs: number;
  #lastSampleMs: number | undefined;
  #lastSpeechMs: number | undefined;
  /** Recent non-zero samples whose levels increase with time (a monotonic queue): the first is the window's minimum. */
  readonly #quietest: { timeMs: number; level: number }[] = [];

  constructor(startMs: number, options: PauseDetectorOptions = {}) {
    this.#options = { ...defaults, ...options };
    this.#segmentStartMs = startMs;
  }

  /** The level a sample must exceed to count as speech. */
  get threshold(): number {
    return Math.max(this.#options.minThreshold, (this.noiseFloor ?? 0) * this.#options.noiseFactor);
  }

  /**
   * Estimate of the room's quiet level, or undefined before any sound arrived. It drops at once to a quieter
   * sample but only rises once the quieter ones have left the window, so it moves slowly up.
   */
  get noiseFloor(): number | undefined {
    return this.#quietest[0]?.level;
  }

  get segmentStartMs(): number {
    return this.#segmentStartMs;
  }

  get speechHeard(): boolean {
    return this.#lastSpeechMs !== undefined;
  }

  sample(timeMs: number, rawLevel: number): PauseDecision {
    const level = Number.isFinite(rawLevel) ? Math.min(1, Math.max(0, rawLevel)) : 0;
    const gapMs = this.#lastSampleMs === undefined ? 0 : Math.max(0, timeMs - this.#lastSampleMs);
    this.#lastSampleMs = timeMs;
    this.#learnNoise(timeMs, level);

    if (level > this.threshold) this.#lastSpeechMs = timeMs;

    const { pauseMs, segmentMsMin, segmentMsMax, cutMarginMs } = this.#options;
    const lengthMs = timeMs - this.#segmentStartMs;
    // Samples are only as regular as the timer (a background tab gets ~1 per second), so cut when waiting for
    // the next one could overshoot, not only when the margin is reached.
    const tooLong = lengthMs + gapMs >= segmentMsMax - cutMarginMs;
    const paused =
      this.#lastSpeechMs !== undefined && timeMs - this.#lastSpeechMs >= pauseMs && lengthMs >= segmentMsMin;
    if (!tooLong && !paused) return "continue";

    this.#segmentStartMs = timeMs;
    this.#lastSpeechMs = undefined;
    return "cut";
  }

  #learnNoise(timeMs: number, level: number): void {
    const quietest = this.#quietest;
    // Exactly zero is audio not flowing yet, a dropout or a muted device, not the sound of the room.
    if (level > 0) {
      while (quietest.length > 0 && quietest[quietest.length - 1]!.level >= level) quietest.pop();
      quietest.push({ timeMs, level });
    }
    // The newest sample always stays, so a microphone gone silent keeps the last known floor.
    while (quietest.length > 1 && quietest[0]!.timeMs <= timeMs - this.#options.noiseWindowMs) quietest.shift();
  }
}

// Judges speech by loudness alone, against the room's own noise floor: what the recorder falls back on
// when the voice-activity model cannot load in this browser. Cruder than Silero (a fan or music counts
// as speech), so the recorder says it is in use.
import { VAD_FRAME_MS } from "./silero.ts";

/** Speech is never quieter than this RMS, however quiet the room (-40 dBFS: soft speech with no gain control). */
const MIN_THRESHOLD = 0.01;
/** Speech is this many times louder than the noise floor: room noise varies well within it. */
const NOISE_FACTOR = 3;
/**
 * The noise floor is the quietest frame of this long a window: long enough that fluent speech always has
 * a quieter moment in it (between words, a breath), short enough to learn a fan that starts mid-answer.
 */
const NOISE_WINDOW_MS = 5_000;

export class EnergyVoicing {
  /** Recent non-silent frames with rising levels (a monotonic queue): the first is the window's quietest. */
  readonly #quietest: { frame: number; level: number }[] = [];
  #frame = 0;

  /** 1 when the frame (any length, samples in [-1, 1]) is loud enough to be speech, else 0: a stand-in for a speech probability. */
  probability(frame: Float32Array): number {
    const level = rootMeanSquare(frame);
    const index = this.#frame++;
    const quietest = this.#quietest;
    // Exactly zero is audio not flowing yet, a dropout or a muted device, not the sound of the room.
    if (level > 0) {
      while (quietest.length > 0 && quietest[quietest.length - 1]!.level >= level) quietest.pop();
      quietest.push({ frame: index, level });
    }
    const window = NOISE_WINDOW_MS / VAD_FRAME_MS;
    while (quietest.length > 1 && quietest[0]!.frame <= index - window) quietest.shift();
    const threshold = Math.max(MIN_THRESHOLD, (quietest[0]?.level ?? 0) * NOISE_FACTOR);
    return level > threshold ? 1 : 0;
  }
}

/** Root mean square of samples in [-1, 1]: the loudness the level meter shows. */
export function rootMeanSquare(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

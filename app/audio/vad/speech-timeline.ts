// When the candidate was actually speaking, from the voice-activity decision of each frame: the
// speaking time (first to last voiced frame, long pauses left out) and the long pauses themselves,
// for the delivery metrics. Fed by the recorder with the same decisions the segmenter cuts on.
import { ANSWER_MS_MAX } from "../../../worker/protocol/audio.ts";
import { LONG_PAUSE_MS } from "../../../worker/protocol/feedback.ts";
import { VAD_FRAME_MS } from "./silero.ts";

/** What the server needs to rate the delivery of one spoken answer; all in ms from the start of the recording. */
export interface SpeechTiming {
  /** Start of the first voiced frame and end of the last one; null when nothing was voiced. */
  firstVoicedMs: number | null;
  lastVoicedMs: number | null;
  /** Silences of LONG_PAUSE_MS or more between voiced frames (not before the first or after the last). */
  longPausesMs: number[];
  /** Frames judged speech, in ms. */
  voicedMs: number;
}

export class SpeechTimeline {
  #frames = 0;
  #voicedFrames = 0;
  #first: number | null = null;
  #last: number | null = null;
  readonly #pauses: number[] = [];

  /** One frame (VAD_FRAME_MS long) and whether it was judged speech. */
  push(isSpeech: boolean): void {
    const index = this.#frames++;
    if (!isSpeech) return;
    this.#voicedFrames++;
    if (this.#last !== null) {
      const silentMs = (index - this.#last - 1) * VAD_FRAME_MS;
      if (silentMs >= LONG_PAUSE_MS) this.#pauses.push(Math.round(silentMs));
    }
    this.#first ??= index;
    this.#last = index;
  }

  get timing(): SpeechTiming {
    return {
      firstVoicedMs: this.#first === null ? null : Math.round(this.#first * VAD_FRAME_MS),
      lastVoicedMs: this.#last === null ? null : Math.round((this.#last + 1) * VAD_FRAME_MS),
      longPausesMs: [...this.#pauses],
      voicedMs: Math.round(this.#voicedFrames * VAD_FRAME_MS),
    };
  }
}

/**
 * One answer recorded in two parts (it went on after its end of turn, see use-voice-answer.ts): `later` began
 * `offsetMs` after `earlier`'s recording started, and its times are moved by that much. The silence between the
 * two parts' speech is a long pause when it lasts LONG_PAUSE_MS or more. Either part may have no speech (null times).
 * Results are clamped to ANSWER_MS_MAX, as the protocol bounds them.
 */
export function joinSpeechTimings(earlier: SpeechTiming, later: SpeechTiming, offsetMs: number): SpeechTiming {
  const clamp = (ms: number) => Math.min(ANSWER_MS_MAX, Math.round(ms));
  const moved = (ms: number | null) => (ms === null ? null : clamp(ms + offsetMs));
  if (later.firstVoicedMs === null || later.lastVoicedMs === null) return earlier;
  if (earlier.firstVoicedMs === null || earlier.lastVoicedMs === null) {
    return { ...later, firstVoicedMs: moved(later.firstVoicedMs), lastVoicedMs: moved(later.lastVoicedMs) };
  }
  const between = later.firstVoicedMs + offsetMs - earlier.lastVoicedMs;
  return {
    firstVoicedMs: earlier.firstVoicedMs,
    lastVoicedMs: moved(later.lastVoicedMs),
    longPausesMs: [...earlier.longPausesMs, ...(between >= LONG_PAUSE_MS ? [clamp(between)] : []), ...later.longPausesMs].slice(0, ANSWER_MS_MAX / LONG_PAUSE_MS),
    voicedMs: clamp(earlier.voicedMs + later.voicedMs),
  };
}

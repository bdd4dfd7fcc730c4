// Cuts one spoken answer into segments at speech boundaries, from 16 kHz frames and their voice
// activity: the browser recorder feeds it live microphone frames, the word-error-rate benchmark feeds
// it decoded files, so both cut exactly the same way. No clocks, no DOM: time is counted in samples.
import { SEGMENT_MS_MAX } from "../../../worker/protocol/audio.ts";
import { VAD_FRAME_SAMPLES, VAD_SAMPLE_RATE } from "./silero.ts";

export interface SegmenterOptions {
  /** A frame whose speech probability reaches this starts speech (Silero's own default threshold). */
  speechThreshold: number;
  /** Inside speech, a frame stays speech down to this (hysteresis, as silero-vad's get_speech_timestamps: threshold − 0.15). */
  silenceThreshold: number;
  /** Silence this long ends a segment that is at least minSegmentMs long. */
  pauseMs: number;
  /** Shorter segments are not cut at a pause: too little context for speech-to-text. */
  minSegmentMs: number;
  /** Past this length, a short gap between words is enough to cut. */
  softMaxMs: number;
  /** The short gap that cuts a segment past softMaxMs. */
  shortPauseMs: number;
  /** No segment is longer: with no gap at all, it is cut at its quietest frame after softMaxMs. */
  maxSegmentMs: number;
  /** A silent stretch this long before speech is sent as a segment of its own (never transcribed). */
  silentSplitMs: number;
  /** Silence kept before the first word, and after the last, when a segment is cut at a pause. */
  padMs: number;
  /** Audio repeated at the start of the next segment after a cut with no pause, so no word is cut in two. */
  overlapMs: number;
  /**
   * The first segment with this much speech in it is cut at the next short gap, so its transcript comes back
   * soon (the room checks speech heard over the interviewer with it, app/live/barge-in.ts). Infinity: never.
   * That early cut is only a first look: the next segment repeats all of it (its overlapMs is the whole early
   * segment), so speech-to-text hears the opening words again with what follows them and no sentence is
   * transcribed in two halves (worker/live/join-transcript.ts keeps the longer hearing).
   */
  quickFirstMs: number;
  /**
   * With quickFirstMs, the first speech is cut once this much of it is heard even with no gap at all (continuous
   * speech, or a gap the detector hears as speech), at its quietest frame past quickFirstMs: the check must not wait
   * for the candidate to pause.
   */
  quickFirstMaxMs: number;
}

export const defaultSegmenterOptions: SegmenterOptions = {
  speechThreshold: 0.5,
  silenceThreshold: 0.35,
  pauseMs: 700,
  minSegmentMs: 3_000,
  softMaxMs: 10_000,
  shortPauseMs: 150,
  maxSegmentMs: SEGMENT_MS_MAX,
  silentSplitMs: 2_000,
  padMs: 300,
  overlapMs: 0,
  quickFirstMs: Number.POSITIVE_INFINITY,
  quickFirstMaxMs: Number.POSITIVE_INFINITY,
};

export interface SpeechSegment {
  /** 0, 1, 2… in the order spoken. */
  index: number;
  /** 16 kHz mono samples in [-1, 1]. */
  samples: Float32Array;
  /** Where the segment starts in the answer, in samples (overlap included). */
  startSample: number;
  /** Frames judged speech, in ms; 0 means nothing in it needs transcribing. */
  voicedMs: number;
  /** How much of the start repeats the end of the previous segment (a cut with no pause), in ms. */
  overlapMs: number;
  /** The last segment of the answer, emitted by finish(). */
  final: boolean;
}

interface Frame {
  speech: boolean;
  probability: number;
  energy: number;
}

const msToSamples = (ms: number) => Math.round((ms / 1000) * VAD_SAMPLE_RATE);
const framesIn = (ms: number) => Math.max(1, Math.round(msToSamples(ms) / VAD_FRAME_SAMPLES));
/** Less voiced audio than this (SpeechSegment.voicedMs) in a whole answer is a cough or a click, not an answer. */
export const HEARD_NOTHING_VOICED_MS = 250;

export const samplesToMs = (samples: number) => (samples / VAD_SAMPLE_RATE) * 1000;

/** A segment's length in whole ms, its overlap included: what its durationMs says wherever it is sent or joined. */
export const segmentDurationMs = (segment: Pick<SpeechSegment, "samples">) => Math.round(samplesToMs(segment.samples.length));

/**
 * Fed one frame (VAD_FRAME_SAMPLES at VAD_SAMPLE_RATE) at a time with its speech probability; calls
 * `emit` with each finished segment, in order. Cuts in a pause when there is one, so no word is ever
 * split; in speech with no pause at all, at the quietest frame past softMaxMs, with overlapMs repeated.
 */
export class SpeechSegmenter {
  readonly #options: SegmenterOptions;
  readonly #emit: (segment: SpeechSegment) => void;
  /** The current segment: its samples (capacity for maxSegmentMs plus slack) and one entry per frame. */
  #samples: Float32Array;
  #length = 0;
  #frames: Frame[] = [];
  /** Answer position of the current segment's first sample, and how many of its samples repeat the last one. */
  #startSample = 0;
  #overlapSamples = 0;
  #index = 0;
  #inSpeech = false;
  #finished = false;
  /** A segment with speech in it has been emitted, or dropQuickFirst was called: quickFirstMs no longer applies. */
  #spoken = false;

  constructor(emit: (segment: SpeechSegment) => void, options: Partial<SegmenterOptions> = {}) {
    this.#options = { ...defaultSegmenterOptions, ...options };
    this.#emit = emit;
    this.#samples = new Float32Array(msToSamples(this.#options.maxSegmentMs + this.#options.overlapMs) + 2 * VAD_FRAME_SAMPLES);
  }

  /** From now on the first speech is cut by the usual rules too: quickFirstMs no longer applies. */
  dropQuickFirst(): void {
    this.#spoken = true;
  }

  /** Whether the latest frame was judged speech (with hysteresis). */
  get inSpeech(): boolean {
    return this.#inSpeech;
  }

  /**
   * One frame of audio and the probability (0..1) that it is speech. Throws on a frame of the wrong
   * size, or after finish().
   */
  push(frame: Float32Array, probability: number): void {
    if (this.#finished) throw new Error("This answer is finished");
    if (frame.length !== VAD_FRAME_SAMPLES) throw new Error(`Frames are ${VAD_FRAME_SAMPLES} samples, got ${frame.length}`);
    const { speechThreshold, silenceThreshold } = this.#options;
    this.#inSpeech = probability >= (this.#inSpeech ? silenceThreshold : speechThreshold);
    this.#samples.set(frame, this.#length);
    this.#length += frame.length;
    this.#frames.push({ speech: this.#inSpeech, probability, energy: meanSquare(frame) });
    this.#decide();
  }

  /**
   * What finish() would emit now, without cutting: the audio since the last cut (a copy), or null when there is none.
   * The recorder keeps it in the browser so that a reload or a crash loses none of it.
   */
  peek(): SpeechSegment | null {
    if (this.#finished || this.#length === 0) return null;
    return {
      index: this.#index,
      samples: this.#samples.slice(0, this.#length),
      startSample: this.#startSample,
      voicedMs: Math.round(samplesToMs(this.#frames.filter((f) => f.speech).length * VAD_FRAME_SAMPLES)),
      overlapMs: Math.round(samplesToMs(this.#overlapSamples)),
      final: true,
    };
  }

  /** Emits what is left as the final segment (possibly silent, never empty unless nothing was pushed). */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#length > 0 || this.#index === 0) this.#cutAt(this.#frames.length, { final: true, overlap: false });
  }

  #decide(): void {
    const { pauseMs, minSegmentMs, softMaxMs, shortPauseMs, maxSegmentMs, silentSplitMs, padMs, quickFirstMs, quickFirstMaxMs } = this.#options;
    const frames = this.#frames;
    const count = frames.length;
    const lengthMs = samplesToMs(this.#length);
    const firstSpeech = frames.findIndex((f) => f.speech);

    // A long silence before any speech: send it on its own when speech starts, keeping padMs of it.
    if (firstSpeech === count - 1 && count > 1 && samplesToMs((count - 1) * VAD_FRAME_SAMPLES) >= silentSplitMs) {
      return this.#cutAt(count - 1 - framesIn(padMs), { final: false, overlap: false });
    }
    if (firstSpeech === -1) {
      // Silence only: never let it outgrow a segment.
      if (lengthMs + samplesToMs(VAD_FRAME_SAMPLES) > maxSegmentMs) this.#cutAt(count, { final: false, overlap: false });
      return;
    }

    const silentRun = trailingSilence(frames);
    const pause = lengthMs >= minSegmentMs && samplesToMs(silentRun * VAD_FRAME_SAMPLES) >= pauseMs;
    // Counted only while the first speech may still be cut early: this runs for every 32 ms frame.
    const quickPossible = Number.isFinite(quickFirstMs) && !this.#spoken;
    const voicedMs = quickPossible ? samplesToMs(frames.filter((f) => f.speech).length * VAD_FRAME_SAMPLES) : 0;
    const quick = quickPossible && voicedMs >= quickFirstMs;
    const gap = (quick || lengthMs >= softMaxMs) && samplesToMs(silentRun * VAD_FRAME_SAMPLES) >= shortPauseMs;
    if (pause || gap) {
      // In the pause, padMs after the last word (or halfway through a short gap); the rest starts the next segment.
      const keep = Math.min(framesIn(padMs), Math.ceil(silentRun / 2));
      return this.#cutAt(count - silentRun + keep, { final: false, overlap: quick && !pause ? "whole" : false });
    }
    if (quick && voicedMs >= quickFirstMaxMs) {
      return this.#cutAt(quietestFrame(frames, speechReached(frames, quickFirstMs)) + 1, { final: false, overlap: "whole" });
    }
    if (lengthMs + samplesToMs(VAD_FRAME_SAMPLES) > maxSegmentMs) {
      this.#cutAt(quietestFrame(frames, framesIn(softMaxMs)) + 1, { final: false, overlap: true });
    }
  }

  /**
   * Emits frames [0, frameCount) of the current segment; the rest starts the next, after a repeat of the end of
   * this one: none, overlapMs of it (`true`), or all of it (`"whole"`, the early first look of quickFirstMs).
   */
  #cutAt(frameCount: number, { final, overlap }: { final: boolean; overlap: boolean | "whole" }): void {
    const cut = Math.min(this.#length, Math.max(0, frameCount) * VAD_FRAME_SAMPLES);
    const head = this.#frames.slice(0, frameCount);
    const voicedFrames = head.filter((f) => f.speech).length;
    // Overlap only repeats audio that belongs to this answer after the previous segment's own overlap.
    const voicedMs = samplesToMs(voicedFrames * VAD_FRAME_SAMPLES);
    if (voicedFrames > 0) this.#spoken = true;
    this.#emit({
      index: this.#index++,
      samples: this.#samples.slice(0, cut),
      startSample: this.#startSample,
      voicedMs: Math.round(voicedMs),
      overlapMs: Math.round(samplesToMs(this.#overlapSamples)),
      final,
    });
    if (final) {
      this.#length = 0;
      this.#frames = [];
      return;
    }
    const repeat = overlap === "whole" ? cut : overlap ? Math.min(cut, msToSamples(this.#options.overlapMs)) : 0;
    const repeatFrames = Math.floor(repeat / VAD_FRAME_SAMPLES);
    const from = cut - repeatFrames * VAD_FRAME_SAMPLES;
    this.#samples.copyWithin(0, from, this.#length);
    this.#length -= from;
    this.#frames = this.#frames.slice(frameCount - repeatFrames);
    this.#startSample += from;
    this.#overlapSamples = repeatFrames * VAD_FRAME_SAMPLES;
  }
}

function meanSquare(frame: Float32Array): number {
  let sum = 0;
  for (const x of frame) sum += x * x;
  return sum / frame.length;
}

/** Frames of silence at the end. */
function trailingSilence(frames: readonly Frame[]): number {
  let run = 0;
  for (let i = frames.length - 1; i >= 0 && !frames[i]!.speech; i--) run++;
  return run;
}

/** The index of the frame at which `ms` of speech has been heard (the last frame if never). */
function speechReached(frames: readonly Frame[], ms: number): number {
  let voiced = 0;
  for (let i = 0; i < frames.length; i++) {
    if (frames[i]!.speech) voiced++;
    if (samplesToMs(voiced * VAD_FRAME_SAMPLES) >= ms) return i;
  }
  return frames.length - 1;
}

/** The frame least like speech from `from` on (lowest probability, then lowest energy): where a forced cut hurts least. */
function quietestFrame(frames: readonly Frame[], from: number): number {
  let best = Math.min(from, frames.length - 1);
  for (let i = best + 1; i < frames.length; i++) {
    const a = frames[i]!;
    const b = frames[best]!;
    if (a.probability < b.probability - 0.05 || (Math.abs(a.probability - b.probability) <= 0.05 && a.energy < b.energy)) best = i;
  }
  return best;
}

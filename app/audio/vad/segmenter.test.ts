import { describe, expect, it } from "vitest";
import { SpeechSegmenter, type SpeechSegment } from "./segmenter";
import { VAD_FRAME_MS, VAD_FRAME_SAMPLES } from "./silero";

/** A frame whose every sample is its own number in the answer, so any lost or repeated audio shows. */
function frameNumbered(n: number): Float32Array {
  return new Float32Array(VAD_FRAME_SAMPLES).fill(n / 100_000);
}

/** Feeds `plan` ([ms, speech probability, energy?] runs) and returns the segments, each as frame numbers. */
function run(plan: [ms: number, probability: number][], options = {}) {
  const segments: SpeechSegment[] = [];
  const segmenter = new SpeechSegmenter((s) => segments.push(s), options);
  let n = 0;
  for (const [ms, probability] of plan) {
    for (let i = 0; i < Math.round(ms / VAD_FRAME_MS); i++) segmenter.push(frameNumbered(n++), probability);
  }
  segmenter.finish();
  const frames = (s: SpeechSegment) =>
    Array.from({ length: s.samples.length / VAD_FRAME_SAMPLES }, (_, i) => Math.round(s.samples[i * VAD_FRAME_SAMPLES]! * 100_000));
  /** Each segment's frames less those its overlap repeats from the one before. */
  const fresh = (s: SpeechSegment) => frames(s).slice(Math.round(s.overlapMs / VAD_FRAME_MS));
  return { segments, frames: segments.map(frames), fresh: segments.map(fresh), total: n };
}

const seconds = (s: SpeechSegment) => (s.samples.length / 16_000).toFixed(2);

describe("SpeechSegmenter", () => {
  it("loses and repeats nothing: the segments hold every frame once, in order", () => {
    const { segments, frames, total } = run([
      [800, 0],
      [4_000, 0.9],
      [900, 0.05],
      [6_000, 0.95],
      [300, 0.1],
      [20_000, 0.9],
      [1_500, 0],
    ]);
    expect(frames.flat()).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(segments.map((s) => s.index)).toEqual(segments.map((_, i) => i));
    expect(segments.at(-1)!.final).toBe(true);
    expect(segments.slice(0, -1).every((s) => !s.final)).toBe(true);
    let position = 0;
    for (const segment of segments) {
      expect(segment.startSample).toBe(position);
      position += segment.samples.length;
    }
  });

  it("with quickFirstMs, cuts the first speech at its first short gap past that much speech, and only the first", () => {
    const plan: [number, number][] = [
      [500, 0],
      [1_000, 0.9],
      [200, 0.1],
      [1_000, 0.9],
      [200, 0.1],
      [1_000, 0.9],
      [200, 0.1],
      [1_000, 0.9],
      [1_000, 0],
    ];
    // Without it, all four runs of speech go out together (and the trailing silence on its own).
    expect(run(plan).segments[0]!.voicedMs).toBeGreaterThanOrEqual(3_900);
    const { segments, frames, fresh, total } = run(plan, { quickFirstMs: 1_500 });
    expect(segments.map((s) => s.voicedMs > 0)).toEqual([true, true, false]);
    // 500 ms of silence, the first two runs of speech, and half the short gap after them.
    expect(Number(seconds(segments[0]!))).toBeCloseTo(2.8, 1);
    expect(segments[0]!.voicedMs).toBeGreaterThanOrEqual(1_900);
    // The early cut is a first look: the next segment hears it all again, with the speech after it.
    expect(segments[1]!.overlapMs).toBe(Number(segments[0]!.samples.length / 16));
    expect(frames[1]!.slice(0, frames[0]!.length)).toEqual(frames[0]);
    expect(segments[1]!.voicedMs).toBeGreaterThanOrEqual(3_900);
    expect(fresh.flat()).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  it("with quickFirstMaxMs, cuts first speech that has no gap at all at its quietest frame past quickFirstMs", () => {
    // Five seconds of speech whose softest moment (still speech) comes 2.2 s in.
    const plan: [number, number][] = [
      [2_200, 0.95],
      [64, 0.6],
      [2_736, 0.95],
      [1_000, 0],
    ];
    expect(run(plan, { quickFirstMs: 1_500 }).segments[0]!.voicedMs).toBeGreaterThanOrEqual(4_900);
    const { segments, frames, fresh, total } = run(plan, { quickFirstMs: 1_500, quickFirstMaxMs: 3_000 });
    expect(segments[0]!.final).toBe(false);
    expect(Number(seconds(segments[0]!))).toBeCloseTo(2.26, 1);
    // Only the first speech is cut early, and the next segment repeats it whole; the rest goes out by the usual rules.
    expect(frames[1]!.slice(0, frames[0]!.length)).toEqual(frames[0]);
    expect(segments[1]!.voicedMs).toBeGreaterThanOrEqual(4_900);
    expect(fresh.flat()).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  it("stops cutting the first speech early once told to", () => {
    const firstVoicedMs = (drop: boolean) => {
      const segments: SpeechSegment[] = [];
      const segmenter = new SpeechSegmenter((s) => segments.push(s), { quickFirstMs: 500 });
      if (drop) segmenter.dropQuickFirst();
      for (const [ms, probability] of [[1_000, 0.9], [200, 0.1], [1_000, 0.9], [1_000, 0]] as const) {
        for (let i = 0; i < ms / VAD_FRAME_MS; i++) segmenter.push(frameNumbered(i), probability);
      }
      segmenter.finish();
      return segments[0]!.voicedMs;
    };
    expect(firstVoicedMs(false)).toBeLessThan(1_100);
    expect(firstVoicedMs(true)).toBeGreaterThanOrEqual(1_900);
  });

  it("cuts in a pause of pauseMs, keeping padMs of silence after the last word", () => {
    const { segments } = run([
      [4_000, 0.9],
      [1_000, 0.02],
      [3_000, 0.9],
    ]);
    expect(segments).toHaveLength(2);
    // The cut is found 700 ms into the pause and placed 300 ms after the last word.
    expect(Number(seconds(segments[0]!))).toBeCloseTo(4.3, 1);
    expect(segments[0]!.voicedMs).toBeGreaterThan(3_900);
    expect(segments[1]!.overlapMs).toBe(0);
  });

  it("does not cut a segment shorter than minSegmentMs at a pause", () => {
    const { segments } = run([
      [1_500, 0.9],
      [1_000, 0.02],
      [1_500, 0.9],
    ]);
    expect(segments).toHaveLength(1);
  });

  it("holds a short dip in speech as speech (hysteresis), so it never cuts there", () => {
    const { segments } = run([
      [5_000, 0.9],
      [900, 0.4],
      [5_000, 0.9],
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.voicedMs).toBeGreaterThan(10_800);
  });

  it("past softMaxMs, a short gap between words is enough", () => {
    const { segments } = run([
      [11_000, 0.9],
      [160, 0.02],
      [3_000, 0.9],
    ]);
    expect(segments).toHaveLength(2);
    expect(Number(seconds(segments[0]!))).toBeGreaterThan(11);
    expect(Number(seconds(segments[0]!))).toBeLessThan(11.2);
  });

  it("in speech with no gap at all, cuts at the quietest frame before maxSegmentMs, with the overlap repeated", () => {
    const quiet = 12_000;
    const { segments, frames } = run(
      [
        [quiet, 0.99],
        [32, 0.6],
        [8_000, 0.99],
      ],
      { overlapMs: 1_000 },
    );
    expect(segments.length).toBe(2);
    const cutFrame = Math.round(quiet / VAD_FRAME_MS);
    expect(frames[0]!.at(-1)).toBe(cutFrame);
    // The next segment repeats ~1 s before the cut, and says so.
    expect(segments[1]!.overlapMs).toBeGreaterThan(950);
    expect(segments[1]!.overlapMs).toBeLessThanOrEqual(1_000);
    const repeated = Math.round(segments[1]!.overlapMs / VAD_FRAME_MS);
    expect(frames[1]!.slice(0, repeated + 1)).toEqual(frames[0]!.slice(-repeated).concat(cutFrame + 1));
    for (const segment of segments) expect(segment.samples.length / 16).toBeLessThanOrEqual(15_000 + 1_000);
  });

  it("never lets a segment outgrow maxSegmentMs, speech or silence", () => {
    const { segments } = run([[40_000, 0.99]]);
    expect(segments.length).toBeGreaterThanOrEqual(3);
    for (const segment of segments) expect(segment.samples.length / 16).toBeLessThanOrEqual(15_000);
    const silent = run([[40_000, 0]]);
    for (const segment of silent.segments) {
      expect(segment.samples.length / 16).toBeLessThanOrEqual(15_000);
      expect(segment.voicedMs).toBe(0);
    }
  });

  it("sends a long silence before speech on its own, keeping padMs before the first word", () => {
    const { segments } = run([
      [5_000, 0],
      [4_000, 0.9],
    ]);
    expect(segments).toHaveLength(2);
    expect(segments[0]!.voicedMs).toBe(0);
    expect(Number(seconds(segments[0]!))).toBeCloseTo(4.7, 1);
    expect(segments[1]!.voicedMs).toBeGreaterThan(3_900);
  });

  it("an answer of silence is one silent segment; an empty one is an empty final segment", () => {
    expect(run([[3_000, 0.01]]).segments.map((s) => [s.voicedMs, s.final])).toEqual([[0, true]]);
    expect(run([]).segments.map((s) => [s.samples.length, s.final])).toEqual([[0, true]]);
  });

  it("refuses frames of the wrong size, and frames after finish()", () => {
    const segmenter = new SpeechSegmenter(() => undefined);
    expect(() => segmenter.push(new Float32Array(100), 0.5)).toThrow(/512 samples/);
    segmenter.finish();
    expect(() => segmenter.push(new Float32Array(VAD_FRAME_SAMPLES), 0.5)).toThrow(/finished/);
  });
});

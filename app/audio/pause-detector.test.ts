// Unit tests for the pause detector, fed synthetic level sequences.
import { describe, expect, it } from "vitest";
import { PAUSE_MS, SEGMENT_MS_MAX, SEGMENT_MS_MIN } from "../../worker/protocol/audio";
import { CUT_MARGIN_MS, PauseDetector } from "./pause-detector";

const STEP_MS = 50;
/** The longest a segment may run at the regular 50 ms sampling. */
const FORCED_MS = SEGMENT_MS_MAX - CUT_MARGIN_MS - STEP_MS;

type Level = number | ((localMs: number) => number);

/** Feeds the detector one sample every stepMs through consecutive parts; returns the times it cut at. */
function run(detector: PauseDetector, parts: [durationMs: number, level: Level][], stepMs = STEP_MS, startMs = 0) {
  const cuts: number[] = [];
  let partStart = startMs;
  for (const [durationMs, level] of parts) {
    for (let t = partStart + stepMs; t <= partStart + durationMs; t += stepMs) {
      const value = typeof level === "number" ? level : level(t - partStart);
      if (detector.sample(t, value) === "cut") cuts.push(t);
    }
    partStart += durationMs;
  }
  return cuts;
}

const intervals = (cuts: number[], startMs = 0) => cuts.map((cut, i) => cut - (i === 0 ? startMs : cuts[i - 1]!));

/** Quiet room after noise suppression. */
const ROOM = 0.003;
/** Fluent speech: syllables of varying loudness with a short dip between words, never a pause. */
const SYLLABLES = [0.12, 0.2, 0.16, 0.09, 0.18, 0.03, 0.14, 0.22];
const speech = (localMs: number) => SYLLABLES[Math.floor(localMs / STEP_MS) % SYLLABLES.length]!;
/** A fan: steady, 5× the minimum threshold, wobbling ±30% (deterministically). */
const FAN = 0.05;
const fan = (localMs: number) => FAN * (1 + 0.3 * Math.sin(localMs / 170) * Math.cos(localMs / 530));
const speechOverFan = (localMs: number) => Math.hypot(speech(localMs), fan(localMs));

describe("PauseDetector", () => {
  describe("steady speech", () => {
    it("is force-cut before SEGMENT_MS_MAX, with the safety margin, and never at a pause", () => {
      const cuts = run(new PauseDetector(0), [[60_000, speech]]);
      expect(cuts).toHaveLength(4);
      for (const length of intervals(cuts)) {
        expect(length).toBeLessThanOrEqual(SEGMENT_MS_MAX - CUT_MARGIN_MS);
        expect(length).toBeGreaterThanOrEqual(FORCED_MS);
      }
    });

    it("starting after a quiet moment gives the same forced cuts", () => {
      const cuts = run(new PauseDetector(0), [
        [1_000, ROOM],
        [40_000, speech],
      ]);
      expect(intervals(cuts).every((length) => length >= FORCED_MS && length <= SEGMENT_MS_MAX)).toBe(true);
      expect(cuts).toHaveLength(2);
    });

    it("cuts sooner when samples come rarely (a background tab), so the next one cannot overshoot", () => {
      const cuts = run(new PauseDetector(0), [[45_000, speech]], 1_000);
      expect(cuts.length).toBeGreaterThanOrEqual(3);
      for (const length of intervals(cuts)) {
        expect(length).toBeLessThanOrEqual(SEGMENT_MS_MAX - CUT_MARGIN_MS);
        // The next sample would have been at length + 1 s, past the limit.
        expect(length + 1_000).toBeGreaterThanOrEqual(SEGMENT_MS_MAX - CUT_MARGIN_MS);
      }
    });
  });

  describe("speech, pause, speech", () => {
    it("cuts exactly PAUSE_MS after the last speech", () => {
      const detector = new PauseDetector(0);
      const cuts = run(detector, [
        [1_000, ROOM],
        [4_000, speech],
        [1_500, ROOM],
        [3_000, speech],
      ]);
      expect(cuts).toEqual([5_000 + PAUSE_MS]);
      expect(detector.segmentStartMs).toBe(5_000 + PAUSE_MS);
      expect(detector.speechHeard).toBe(true);
    });

    it("does not cut at a pause shorter than PAUSE_MS", () => {
      const cuts = run(new PauseDetector(0), [
        [4_000, speech],
        [PAUSE_MS - STEP_MS, ROOM],
        [4_000, speech],
      ]);
      expect(cuts).toEqual([]);
    });

    it("cuts at every pause of a long answer, never letting a segment grow past the limit", () => {
      const sentence: [number, Level][] = [
        [5_000, speech],
        [1_000, ROOM],
      ];
      const cuts = run(new PauseDetector(0), Array.from({ length: 6 }, () => sentence).flat());
      expect(cuts).toEqual([5_700, 11_700, 17_700, 23_700, 29_700, 35_700]);
    });

    it("starts afresh after a forced cut: speech carrying on is cut at its next pause", () => {
      const cuts = run(new PauseDetector(0), [
        [20_000, speech],
        [2_000, ROOM],
      ]);
      expect(cuts).toHaveLength(2);
      expect(cuts[0]!).toBeGreaterThanOrEqual(FORCED_MS);
      expect(cuts[1]).toBe(20_000 + PAUSE_MS);
    });
  });

  describe("short segments", () => {
    it("a short blip followed by silence does not cut before SEGMENT_MS_MIN", () => {
      const cuts = run(new PauseDetector(0), [
        [500, ROOM],
        [100, 0.3],
        [10_000, ROOM],
      ]);
      expect(cuts[0]).toBe(SEGMENT_MS_MIN);
    });

    it("a pause after a short phrase waits for SEGMENT_MS_MIN, then cuts", () => {
      const cuts = run(new PauseDetector(0), [
        [2_000, speech],
        [2_000, ROOM],
      ]);
      expect(cuts).toEqual([SEGMENT_MS_MIN]);
    });

    it("a phrase resuming before SEGMENT_MS_MIN keeps the segment going", () => {
      const cuts = run(new PauseDetector(0), [
        [1_000, speech],
        [1_500, ROOM],
        [8_000, speech],
      ]);
      expect(cuts).toEqual([]);
    });
  });

  describe("silence", () => {
    it.each([
      ["a quiet room", ROOM],
      ["a muted microphone", 0],
      ["a faint hum just under the minimum threshold", 0.009],
    ])("%s is never cut at a pause, only at the maximum length", (_, level) => {
      const detector = new PauseDetector(0);
      const cuts = run(detector, [[60_000, level]]);
      expect(cuts).toHaveLength(4);
      for (const length of intervals(cuts)) expect(length).toBeGreaterThanOrEqual(FORCED_MS);
      expect(detector.speechHeard).toBe(false);
    });
  });

  describe("noise floor", () => {
    it("treats constant background noise as silence, not speech", () => {
      const detector = new PauseDetector(0);
      const cuts = run(detector, [[60_000, fan]]);
      for (const length of intervals(cuts)) expect(length).toBeGreaterThanOrEqual(FORCED_MS);
      expect(detector.speechHeard).toBe(false);
      expect(detector.threshold).toBeGreaterThan(FAN * 1.3);
    });

    it("still hears speech over that noise and cuts when it pauses", () => {
      const cuts = run(new PauseDetector(0), [
        [3_000, fan],
        [4_000, speechOverFan],
        [2_000, fan],
      ]);
      expect(cuts).toEqual([7_000 + PAUSE_MS]);
    });

    it("learns a noise that starts mid-answer within its window, then no longer cuts at 'pauses' in it", () => {
      const detector = new PauseDetector(0, { noiseWindowMs: 5_000 });
      const cuts = run(detector, [
        [2_000, ROOM],
        [60_000, fan],
      ]);
      // Until the quiet room leaves the 5 s window the fan sounds like speech: one early cut once it is learnt.
      const [first, ...rest] = cuts;
      expect(first).toBeGreaterThan(2_000 + 5_000);
      expect(first).toBeLessThanOrEqual(2_000 + 5_000 + PAUSE_MS + STEP_MS);
      for (const length of intervals(rest, first)) expect(length).toBeGreaterThanOrEqual(FORCED_MS);
    });

    it("drops to a quieter room at once, and rises only after the window", () => {
      const detector = new PauseDetector(0, { noiseWindowMs: 2_000 });
      run(detector, [[1_000, FAN]]);
      expect(detector.noiseFloor).toBe(FAN);
      run(detector, [[100, ROOM]], STEP_MS, 1_000);
      expect(detector.noiseFloor).toBe(ROOM);
      run(detector, [[1_500, FAN]], STEP_MS, 1_100);
      expect(detector.noiseFloor).toBe(ROOM);
      run(detector, [[1_000, FAN]], STEP_MS, 2_600);
      expect(detector.noiseFloor).toBe(FAN);
    });

    it("ignores exact zeros (no audio yet), keeping the threshold at its minimum until sound arrives", () => {
      const detector = new PauseDetector(0, { minThreshold: 0.01 });
      run(detector, [[500, 0]]);
      expect(detector.noiseFloor).toBeUndefined();
      expect(detector.threshold).toBe(0.01);
      run(detector, [[500, FAN]], STEP_MS, 500);
      expect(detector.threshold).toBeCloseTo(FAN * 3);
    });

    it("does not let the threshold fall below the minimum", () => {
      const detector = new PauseDetector(0, { minThreshold: 0.02 });
      run(detector, [[1_000, 0.0001]]);
      expect(detector.threshold).toBe(0.02);
      // 0.019 is background, however quiet the room was.
      const cuts = run(detector, [[20_000, 0.019]], STEP_MS, 1_000);
      expect(detector.speechHeard).toBe(false);
      expect(cuts).toHaveLength(1);
    });
  });

  it("treats levels that are not numbers as silence and clamps the rest", () => {
    const detector = new PauseDetector(0);
    expect(detector.sample(50, Number.NaN)).toBe("continue");
    expect(detector.sample(100, -1)).toBe("continue");
    expect(detector.speechHeard).toBe(false);
    expect(detector.sample(150, 0.003)).toBe("continue");
    expect(detector.sample(200, 7)).toBe("continue");
    expect(detector.speechHeard).toBe(true);
  });

  it("honours other limits passed as options", () => {
    const detector = new PauseDetector(1_000, { pauseMs: 300, segmentMsMin: 500, segmentMsMax: 2_000, cutMarginMs: 0 });
    const cuts = run(
      detector,
      [
        [400, speech],
        [1_000, ROOM],
        [5_000, speech],
      ],
      STEP_MS,
      1_000,
    );
    expect(cuts[0]).toBe(1_000 + 400 + 300 - 0);
    expect(intervals(cuts.slice(1), cuts[0]).every((length) => length === 2_000 - STEP_MS)).toBe(true);
  });
});

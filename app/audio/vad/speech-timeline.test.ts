import { describe, expect, it } from "vitest";
import { VAD_FRAME_MS } from "./silero";
import { SpeechTimeline } from "./speech-timeline";

function timeline(plan: [ms: number, speech: boolean][]) {
  const t = new SpeechTimeline();
  for (const [ms, speech] of plan) for (let i = 0; i < Math.round(ms / VAD_FRAME_MS); i++) t.push(speech);
  return t.timing;
}

describe("SpeechTimeline", () => {
  it("measures from the first voiced frame to the last, leaving out lead-in and trailing silence", () => {
    const timing = timeline([
      [3_008, false],
      [10_016, true],
      [4_000, false],
    ]);
    expect(timing.firstVoicedMs).toBe(3_008);
    expect(timing.lastVoicedMs).toBe(13_024);
    expect(timing.voicedMs).toBe(10_016);
    expect(timing.longPausesMs).toEqual([]);
  });

  it("lists silences of two seconds or more between words as long pauses, and only those", () => {
    const timing = timeline([
      [2_016, true],
      [1_984, false],
      [2_016, true],
      [3_008, false],
      [992, true],
    ]);
    expect(timing.longPausesMs).toEqual([3_008]);
  });

  it("has no times when nothing was voiced", () => {
    expect(timeline([[5_000, false]])).toEqual({ firstVoicedMs: null, lastVoicedMs: null, longPausesMs: [], voicedMs: 0 });
  });
});

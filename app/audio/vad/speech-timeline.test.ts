import { describe, expect, it } from "vitest";
import { VAD_FRAME_MS } from "./silero";
import { SpeechTimeline, joinSpeechTimings } from "./speech-timeline";

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

describe("joinSpeechTimings", () => {
  const earlier = { firstVoicedMs: 1_000, lastVoicedMs: 9_000, longPausesMs: [2_500], voicedMs: 6_000 };

  it("moves the later part by its offset, and counts the silence between the parts as a long pause when it is one", () => {
    const later = { firstVoicedMs: 800, lastVoicedMs: 5_800, longPausesMs: [2_000], voicedMs: 3_000 };
    // The later recording starts 10 s in: its speech 10.8 s in, 1.8 s after the earlier part's last word.
    expect(joinSpeechTimings(earlier, later, 10_000)).toEqual({ firstVoicedMs: 1_000, lastVoicedMs: 15_800, longPausesMs: [2_500, 2_000], voicedMs: 9_000 });
    expect(joinSpeechTimings(earlier, later, 11_000)).toEqual({ firstVoicedMs: 1_000, lastVoicedMs: 16_800, longPausesMs: [2_500, 2_800, 2_000], voicedMs: 9_000 });
  });

  it("keeps the part with speech when the other has none", () => {
    const silent = { firstVoicedMs: null, lastVoicedMs: null, longPausesMs: [], voicedMs: 0 };
    expect(joinSpeechTimings(earlier, silent, 10_000)).toEqual(earlier);
    expect(joinSpeechTimings(silent, { ...earlier, longPausesMs: [] }, 500)).toEqual({ firstVoicedMs: 1_500, lastVoicedMs: 9_500, longPausesMs: [], voicedMs: 6_000 });
  });

  it("speaking time over the joined answer is both parts' speech and the short silence between", () => {
    const timeline1 = timeline([
      [1_024, false],
      [4_000, true],
      [1_024, false],
    ]);
    const timeline2 = timeline([
      [512, false],
      [3_008, true],
    ]);
    const joined = joinSpeechTimings(timeline1, timeline2, 6_048);
    // The later recording starts as the earlier one stops (6048 ms of frames): 4 s, 1024 + 512 ms of silence (short of a long pause), 3 s.
    expect(joined.lastVoicedMs! - joined.firstVoicedMs! - joined.longPausesMs.reduce((a, b) => a + b, 0)).toBe(4_000 + 1_536 + 3_008);
  });
});

import { describe, expect, it } from "vitest";
import { talkShare, textMetrics, voiceMetrics } from "./delivery-metrics";

const PLAIN = ["index", "query", "cache", "latency", "deploy"];
const plainWords = (n: number) => Array.from({ length: n }, (_, i) => PLAIN[i % PLAIN.length]).join(" ");
const THIRTY_WORDS = plainWords(30);

const UNMEASURED = "Speaking time is the whole recording, silences included, so the pace may read slower than it was.";

describe("voiceMetrics", () => {
  it("measures pace over the time spent speaking: first to last voiced moment, long pauses left out", () => {
    // 60 words in 24 s of speech, after a 3 s lead-in and with a 4 s thinking pause, then 2 s before "Done".
    const metrics = voiceMetrics({
      transcript: plainWords(60),
      segmentDurationsMs: [12_000, 12_000, 9_000],
      longPausesMs: [4_000],
      speech: { firstVoicedMs: 3_000, lastVoicedMs: 31_000, longPausesMs: [4_000], voicedMs: 22_000 },
      keepsHesitations: true,
    });
    expect(metrics.speakingMs).toBe(24_000);
    expect(metrics.wordsPerMinute).toBe(150);
    expect(metrics.longPauses).toEqual({ count: 1, totalMs: 4_000 });
    expect(metrics.notes).toEqual([]);
  });

  it("without the recorder's timing, measures over the whole recording and says so", () => {
    const metrics = voiceMetrics({
      transcript: `Um, ${THIRTY_WORDS}, you know.`,
      segmentDurationsMs: [10_000, 5_000],
      longPausesMs: [2_500, 3_000],
      keepsHesitations: true,
    });
    expect(metrics.speakingMs).toBe(15_000);
    expect(metrics.words).toBe(33); // um + 30 + you + know
    expect(metrics.wordsPerMinute).toBe(132);
    expect(metrics.fillers).toEqual({ total: 2, perMinute: 8, counts: { um: 1, "you know": 1 } });
    expect(metrics.longPauses).toEqual({ count: 2, totalMs: 5_500 });
    expect(metrics.notes).toEqual([UNMEASURED]);
  });

  it("paces numbers as they are said: 850 is three words aloud, 40% two", () => {
    // Said: "we cut p ninety five latency from eight hundred fifty to one hundred twenty milliseconds across three regions, forty percent fewer errors" (22 words).
    const metrics = voiceMetrics({
      transcript: "We cut p95 latency from 850 to 120 milliseconds across 3 regions, 40% fewer errors.",
      segmentDurationsMs: [8_800],
      longPausesMs: [],
      keepsHesitations: true,
    });
    expect(metrics.words).toBe(15);
    expect(metrics.wordsPerMinute).toBe(150); // 22 words in 8.8 s
  });

  it("gives no rate for a zero-length answer, and says why", () => {
    const metrics = voiceMetrics({ transcript: "", segmentDurationsMs: [], longPausesMs: [], keepsHesitations: true });
    expect(metrics).toMatchObject({ speakingMs: 0, words: 0, wordsPerMinute: null, fillers: { total: 0, perMinute: null } });
    expect(metrics.notes).toContain("Too little speech to measure speaking rate.");
  });

  it("gives no rate for a silence-only recording, however long", () => {
    const metrics = voiceMetrics({ transcript: " ", segmentDurationsMs: [15_000, 15_000], longPausesMs: [30_000], keepsHesitations: true });
    expect(metrics.speakingMs).toBe(30_000);
    expect(metrics.wordsPerMinute).toBeNull();
    expect(metrics.longPauses).toEqual({ count: 1, totalMs: 30_000 });
  });

  it("gives no rate under five seconds of speech", () => {
    expect(voiceMetrics({ transcript: "Yes I did", segmentDurationsMs: [4_999], longPausesMs: [], keepsHesitations: true }).wordsPerMinute).toBeNull();
  });

  it("says what it could not measure", () => {
    const metrics = voiceMetrics({ transcript: THIRTY_WORDS, segmentDurationsMs: [12_000], longPausesMs: null, keepsHesitations: false });
    expect(metrics.longPauses).toBeNull();
    expect(metrics.notes).toEqual([
      UNMEASURED,
      'Speech-to-text often leaves out "um" and "uh", so those may be under-counted.',
      "Pauses could not be measured for this answer.",
    ]);
  });
});

describe("textMetrics", () => {
  it("counts words and fillers, and no speech measures", () => {
    const metrics = textMetrics("  Basically I added an index.  ");
    expect(metrics).toMatchObject({ kind: "text", words: 5, characters: 27, speakingMs: null, wordsPerMinute: null, longPauses: null });
    expect(metrics.fillers).toEqual({ total: 1, perMinute: null, counts: { basically: 1 } });
  });
});

describe("talkShare", () => {
  const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
  const line = (content: string) => ({ role: "assistant" as const, status: "complete", content, metrics: null });

  it("compares the candidate's recorded speaking time with the interviewer's time estimated from its words", () => {
    // 150 interviewer words at 150 wpm = 60 s; the candidate spoke for 180 s → 75%.
    const spoken = voiceMetrics({ transcript: words(400), segmentDurationsMs: [90_000, 90_000], longPausesMs: [], keepsHesitations: false });
    expect(talkShare([line(words(100)), { role: "user", status: "complete", content: words(400), metrics: spoken }, line(words(50))])).toBe(0.75);
  });

  it("estimates typed answers from their words, and leaves out what is not complete", () => {
    const typed = { role: "user" as const, status: "complete", content: words(150), metrics: textMetrics(words(150)) };
    const recording = { role: "user" as const, status: "recording", content: words(500), metrics: null };
    expect(talkShare([line(words(50)), typed, line(words(100)), recording])).toBe(0.5);
  });

  it("is null when nothing was said", () => {
    expect(talkShare([])).toBeNull();
    expect(talkShare([{ role: "user", status: "complete", content: "", metrics: textMetrics("") }])).toBeNull();
  });
});

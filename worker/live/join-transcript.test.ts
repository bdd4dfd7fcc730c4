import { describe, expect, it } from "vitest";
import { joinSegmentTranscripts } from "./join-transcript";

describe("joinSegmentTranscripts", () => {
  it("joins segments cut in pauses as they are", () => {
    expect(joinSegmentTranscripts([
      { text: " I added an index. ", overlapMs: 0, durationMs: 5_000 },
      { text: "", overlapMs: 0, durationMs: 5_000 },
      { text: "Then I measured it.", overlapMs: 0, durationMs: 5_000 },
    ])).toBe("I added an index. Then I measured it.");
  });

  it("keeps the words an overlap repeats once, whatever their case and punctuation", () => {
    expect(joinSegmentTranscripts([
      { text: "twenty-three, twenty-four, twenty-five,", overlapMs: 0, durationMs: 5_000 },
      { text: "Twenty-four, twenty-five, twenty-six, twenty-seven.", overlapMs: 800, durationMs: 5_000 },
    ])).toBe("twenty-three, twenty-four, twenty-five, twenty-six, twenty-seven.");
    expect(joinSegmentTranscripts([
      { text: "so the page load went from four", overlapMs: 0, durationMs: 5_000 },
      { text: "went from four seconds to one second", overlapMs: 1_000, durationMs: 5_000 },
    ])).toBe("so the page load went from four seconds to one second");
  });

  it("drops a fragment of a word cut at the start of the overlap when the rest repeats", () => {
    expect(joinSegmentTranscripts([
      { text: "we cut regression bugs by about half", overlapMs: 0, durationMs: 5_000 },
      { text: "gression bugs by about half and the dispatchers", overlapMs: 1_200, durationMs: 5_000 },
    ])).toBe("we cut regression bugs by about half and the dispatchers");
  });

  it("drops nothing when the overlap was transcribed differently, or when there was no overlap", () => {
    expect(joinSegmentTranscripts([
      { text: "the report took nine seconds", overlapMs: 0, durationMs: 5_000 },
      { text: "and then it took three hundred milliseconds", overlapMs: 700, durationMs: 5_000 },
    ])).toBe("the report took nine seconds and then it took three hundred milliseconds");
    expect(joinSegmentTranscripts([
      { text: "I said no no", overlapMs: 0, durationMs: 5_000 },
      { text: "no to that", overlapMs: 0, durationMs: 5_000 },
    ])).toBe("I said no no no to that");
  });

  it("lets a segment that repeats the whole of the one before stand for it, however that one was heard", () => {
    expect(joinSegmentTranscripts([
      { text: "In my last project I built the real two", overlapMs: 0, durationMs: 2_300 },
      { text: "In my last project I built a real time dashboard with React.", overlapMs: 2_300, durationMs: 6_100 },
      { text: "For example, I used web sockets.", overlapMs: 0, durationMs: 3_400 },
    ])).toBe("In my last project I built a real time dashboard with React. For example, I used web sockets.");
    // A shorter repeat is only an overlap: the words heard twice are kept once.
    expect(joinSegmentTranscripts([
      { text: "I built a real time", overlapMs: 0, durationMs: 2_300 },
      { text: "real time dashboard", overlapMs: 600, durationMs: 2_000 },
    ])).toBe("I built a real time dashboard");
  });
});

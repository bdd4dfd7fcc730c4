import { describe, expect, it } from "vitest";
import { NO_SPEECH_VOICED_MS_MAX, keepSpokenText } from "./no-speech";

describe("keepSpokenText", () => {
  it("drops Whisper's no-speech outputs from segments with little voiced audio", () => {
    for (const text of ["you", " You.", "Thank you.", "Thanks for watching!", "I'm", "[BLANK_AUDIO]", "(silence)", "♪♪", "...", "Thank you for watching."]) {
      expect(keepSpokenText(text, 0), text).toBe("");
      expect(keepSpokenText(text, NO_SPEECH_VOICED_MS_MAX - 1), text).toBe("");
    }
  });

  it("drops them when the recorder could not tell how much was voiced", () => {
    expect(keepSpokenText("you", null)).toBe("");
    expect(keepSpokenText("Thank you.", null)).toBe("");
  });

  it("keeps the same words from a segment with enough speech to have said them", () => {
    expect(keepSpokenText("Thank you.", NO_SPEECH_VOICED_MS_MAX)).toBe("Thank you.");
    expect(keepSpokenText("So.", 4_000)).toBe("So.");
  });

  it("keeps any real sentence, however little was voiced, and trims it", () => {
    expect(keepSpokenText(" I used an index. ", 800)).toBe("I used an index.");
    expect(keepSpokenText("Thank you for the question, I used an index.", 0)).toBe("Thank you for the question, I used an index.");
    expect(keepSpokenText("you know, I used an index", null)).toBe("you know, I used an index");
  });
});

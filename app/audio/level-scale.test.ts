// Unit tests for the level meter scale and the near-silence line.
import { describe, expect, it } from "vitest";
import { NEAR_SILENT_LEVEL, isNearSilent, levelToPercent } from "./level-scale";

describe("levelToPercent", () => {
  it("maps -60..0 dBFS onto 0..100", () => {
    expect(levelToPercent(1)).toBe(100);
    expect(levelToPercent(0.1)).toBe(67); // -20 dB
    expect(levelToPercent(0.01)).toBe(33); // -40 dB
    expect(levelToPercent(0.001)).toBe(0); // -60 dB
  });

  it("shows normal speech in the upper half of the bar", () => {
    expect(levelToPercent(0.05)).toBeGreaterThan(50);
    expect(levelToPercent(0.2)).toBeLessThan(90);
  });

  it("stays within 0..100 for anything", () => {
    for (const level of [0, -0.5, 0.0000001, 3, Number.NaN, Number.POSITIVE_INFINITY]) {
      const percent = levelToPercent(level);
      expect(percent, String(level)).toBeGreaterThanOrEqual(0);
      expect(percent, String(level)).toBeLessThanOrEqual(100);
    }
    expect(levelToPercent(Number.NaN)).toBe(0);
  });

  it("never decreases as the level rises", () => {
    let previous = 0;
    for (let level = 0.0005; level <= 1; level *= 1.1) {
      const percent = levelToPercent(level);
      expect(percent).toBeGreaterThanOrEqual(previous);
      previous = percent;
    }
  });
});

describe("isNearSilent", () => {
  it("is true for a muted or dead microphone and false for a quiet room", () => {
    expect(isNearSilent(0)).toBe(true);
    expect(isNearSilent(NEAR_SILENT_LEVEL / 2)).toBe(true);
    expect(isNearSilent(Number.NaN)).toBe(true);
    expect(isNearSilent(NEAR_SILENT_LEVEL)).toBe(false);
    expect(levelToPercent(NEAR_SILENT_LEVEL)).toBe(0);
    expect(levelToPercent(NEAR_SILENT_LEVEL * 1.2)).toBeGreaterThan(0);
    expect(isNearSilent(0.003)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { defaultTurnPreferences, parseTurnPreferences } from "./turn-preferences";

describe("parseTurnPreferences", () => {
  it("is hands-free with a three-second pause when nothing is stored", () => {
    expect(parseTurnPreferences(null)).toEqual({ handsFree: true, patienceMs: 3_000 });
  });

  it("keeps what was stored", () => {
    expect(parseTurnPreferences(JSON.stringify({ handsFree: false, patienceMs: 8_000 }))).toEqual({ handsFree: false, patienceMs: 8_000 });
  });

  it("falls back field by field on anything malformed or out of range", () => {
    expect(parseTurnPreferences("{not json")).toEqual(defaultTurnPreferences);
    expect(parseTurnPreferences("null")).toEqual(defaultTurnPreferences);
    expect(parseTurnPreferences(JSON.stringify({ handsFree: "no", patienceMs: 5_000 }))).toEqual({ handsFree: true, patienceMs: 5_000 });
    for (const patienceMs of [1_000, 9_000, 2_500, "3000", null]) {
      expect(parseTurnPreferences(JSON.stringify({ handsFree: false, patienceMs }))).toEqual({ handsFree: false, patienceMs: 3_000 });
    }
  });
});

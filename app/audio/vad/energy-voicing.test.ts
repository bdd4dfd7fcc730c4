import { describe, expect, it } from "vitest";
import { EnergyVoicing } from "./energy-voicing";

const frame = (rms: number) => new Float32Array(512).fill(rms);

describe("EnergyVoicing", () => {
  it("hears a voice well above the room's noise, and the room as silence", () => {
    const voicing = new EnergyVoicing();
    for (let i = 0; i < 50; i++) expect(voicing.probability(frame(0.004))).toBe(0);
    expect(voicing.probability(frame(0.05))).toBe(1);
    expect(voicing.probability(frame(0.008))).toBe(0);
  });

  it("never counts audio below -40 dBFS as speech, however quiet the room", () => {
    const voicing = new EnergyVoicing();
    for (let i = 0; i < 50; i++) voicing.probability(frame(0.0001));
    expect(voicing.probability(frame(0.009))).toBe(0);
    expect(voicing.probability(frame(0.02))).toBe(1);
  });
});

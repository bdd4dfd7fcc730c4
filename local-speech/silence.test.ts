import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TARGET_SAMPLE_RATE, decodeToPcm } from "./decode.ts";
import { SILENCE_RMS, isSilent, loudestFrameRms } from "./silence.ts";

const RATE = TARGET_SAMPLE_RATE;
const seconds = (s: number) => new Float32Array(Math.round(s * RATE));

describe("isSilent", () => {
  it("calls digital silence and faint background noise silent", () => {
    expect(isSilent(seconds(3), RATE)).toBe(true);
    let seed = 1;
    const noise = seconds(3).map(() => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647 - 0.5) * 0.004);
    expect(loudestFrameRms(noise, RATE)).toBeGreaterThan(0.001);
    expect(isSilent(noise, RATE)).toBe(true);
  });

  it("hears one short quiet sound in a long silence", () => {
    const pcm = seconds(10);
    const start = 4 * RATE;
    for (let i = 0; i < 0.06 * RATE; i++) pcm[start + i] = 0.02 * Math.sin((2 * Math.PI * 200 * i) / RATE);
    expect(isSilent(pcm, RATE)).toBe(false);
  });

  it("hears real speech with a wide margin", async () => {
    const { pcm } = await decodeToPcm(readFileSync(join(import.meta.dirname, "fixtures", "speech.webm")), "audio/webm");
    expect(loudestFrameRms(pcm, RATE)).toBeGreaterThan(10 * SILENCE_RMS);
  });
});

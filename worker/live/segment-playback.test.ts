import { describe, expect, it } from "vitest";
import { encodeWav } from "../../app/audio/wav";
import { withoutOverlap } from "./segment-playback";

/** The 16-bit samples of a canonical WAV. */
const samplesOf = (wav: Uint8Array) => new Int16Array(wav.slice(44).buffer);

describe("withoutOverlap", () => {
  const rate = 16_000;
  // Each sample its own number, so the first one kept shows exactly where the cut fell.
  const wav = encodeWav(Float32Array.from({ length: rate }, (_, i) => i / 32_767 / 2), rate);

  it("drops the repeated start of a WAV segment and keeps every sample after it", () => {
    const kept = withoutOverlap(wav, 250);
    expect(samplesOf(kept)).toHaveLength(12_000);
    expect(Array.from(samplesOf(kept).slice(0, 3))).toEqual(Array.from(samplesOf(wav).slice(4_000, 4_003)));
    const view = new DataView(kept.buffer);
    expect(view.getUint32(4, true)).toBe(36 + 24_000);
    expect(view.getUint32(40, true)).toBe(24_000);
    expect(view.getUint32(24, true)).toBe(rate);
  });

  it("leaves a segment with no overlap, an overlap as long as it, and files that are not PCM WAV as they are", () => {
    expect(withoutOverlap(wav, 0)).toBe(wav);
    expect(samplesOf(withoutOverlap(wav, 1_000))).toHaveLength(0);
    const webm = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, ...new Array(60).fill(0)]);
    expect(withoutOverlap(webm, 500)).toBe(webm);
  });
});

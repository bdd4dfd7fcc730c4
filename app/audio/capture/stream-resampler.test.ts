import { describe, expect, it } from "vitest";
import { VAD_FRAME_SAMPLES } from "../vad/silero";
import { StreamResampler } from "./stream-resampler";

const tone = (hz: number, rate: number, seconds: number) =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => Math.sin((2 * Math.PI * hz * i) / rate));

function collect(resampler: StreamResampler, input: Float32Array, chunk: number): Float32Array[] {
  const frames: Float32Array[] = [];
  for (let i = 0; i < input.length; i += chunk) resampler.push(input.subarray(i, i + chunk), (f) => frames.push(f));
  const last = resampler.flush();
  if (last) frames.push(last);
  return frames;
}

describe("StreamResampler", () => {
  it("turns 48 kHz and 44.1 kHz into 16 kHz frames of 512, whatever size the input comes in", () => {
    for (const rate of [48_000, 44_100]) {
      const frames = collect(new StreamResampler(rate), tone(300, rate, 2), 128);
      expect(frames.every((f) => f.length === VAD_FRAME_SAMPLES)).toBe(true);
      expect(frames.length).toBe(Math.ceil((2 * 16_000) / VAD_FRAME_SAMPLES));
    }
  });

  it("keeps speech frequencies and damps what lies above 8 kHz", () => {
    const rms = (frames: Float32Array[]) => {
      const all = frames.slice(1, -1).flatMap((f) => [...f]);
      return Math.sqrt(all.reduce((s, x) => s + x * x, 0) / all.length);
    };
    expect(rms(collect(new StreamResampler(48_000), tone(300, 48_000, 1), 4096))).toBeGreaterThan(0.69);
    expect(rms(collect(new StreamResampler(48_000), tone(15_000, 48_000, 1), 4096))).toBeLessThan(0.3);
  });

  it("passes 16 kHz through sample for sample", () => {
    const input = tone(440, 16_000, 0.1);
    const frames = collect(new StreamResampler(16_000), input, 100);
    expect(frames[0]!.slice(0, 10)).toEqual(input.slice(0, 10));
  });

  it("refuses a rate below 16 kHz", () => {
    expect(() => new StreamResampler(8_000)).toThrow(/below 16000/);
  });
});

// Tests the upload decoder on real browser-style recordings (see make-fixtures.ts) and on broken input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AudioInputError, decodeToPcm, downmix, resample } from "./decode.ts";
import { speakAnswer } from "./test-speech.ts";
import { encodeWav } from "../app/audio/wav.ts";

const recorded = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name)));
/** The same sentence as the recordings (make-fixtures.ts), as a WAV at 11 025 Hz so the decoder upsamples it. */
const wav = speakAnswer(["rms"], { leadSeconds: 0.2, tailSeconds: 0.5 }).then(({ pcm }) => encodeWav(resample(pcm, 16_000, 11_025), 11_025));
const fixture = async (name: string) => (name === "speech (11 025 Hz WAV, made by the test)" ? wav : recorded(name));
const rms = (samples: Float32Array) => Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);

function sine(frequency: number, rate: number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = Math.sin((2 * Math.PI * frequency * i) / rate);
  return out;
}

/** Gain in dB, measured away from the edges. */
function gainDb(input: Float32Array, output: Float32Array): number {
  const middle = (x: Float32Array) => x.subarray(x.length / 4, (x.length * 3) / 4);
  return 20 * Math.log10(rms(middle(output)) / rms(middle(input)));
}

async function decodeError(bytes: Uint8Array, mime = ""): Promise<AudioInputError> {
  const error: unknown = await decodeToPcm(bytes, mime).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AudioInputError);
  return error as AudioInputError;
}

describe("decodeToPcm", () => {
  // Each holds the same Flite sentence: ~0.3 s of silence, ~5 s of speech, then silence.
  it.each([
    { name: "speech.webm", mime: "audio/webm;codecs=opus", seconds: 6.48, rate: 48_000, channels: 2 }, // Chromium MediaRecorder
    { name: "speech-aac.mp4", mime: "audio/mp4", seconds: 6.5, rate: 44_100, channels: 1 }, // AAC in fragmented MP4, as Safari records
    { name: "speech.ogg", mime: "audio/ogg;codecs=opus", seconds: 6.5, rate: 48_000, channels: 1 },
    { name: "speech (11 025 Hz WAV, made by the test)", mime: "audio/wav", seconds: 6.01, rate: 11_025, channels: 1 },
  ])("decodes $name to 16 kHz mono speech", async ({ name, mime, seconds, rate, channels }) => {
    const audio = await decodeToPcm(await fixture(name), mime);
    expect(audio.sourceSampleRate).toBe(rate);
    expect(audio.sourceChannels).toBe(channels);
    expect(audio.durationSeconds).toBeCloseTo(seconds, 1);
    expect(Math.abs(audio.pcm.length - audio.durationSeconds * 16_000)).toBeLessThanOrEqual(1);
    // Speech where it was spoken, silence where it was not: also catches a shifted or stretched result.
    expect(rms(audio.pcm)).toBeGreaterThan(0.05);
    expect(rms(audio.pcm.subarray(0, 2_400))).toBeLessThan(0.005);
    expect(rms(audio.pcm.subarray(16_000, 48_000))).toBeGreaterThan(0.05);
    expect(rms(audio.pcm.subarray(-4_000))).toBeLessThan(0.005);
  });

  it("trusts the bytes when the label is generic", async () => {
    const audio = await decodeToPcm(recorded("speech.webm"), "application/octet-stream");
    expect(audio.durationSeconds).toBeCloseTo(6.48, 1);
  });

  it("rejects an empty file", async () => {
    const error = await decodeError(new Uint8Array(), "audio/webm");
    expect(error.code).toBe("empty_file");
    expect(error.message).toMatch(/empty/);
  });

  it("rejects a type no browser records in", async () => {
    const error = await decodeError(recorded("speech.webm"), "text/plain");
    expect(error.code).toBe("unsupported_format");
    expect(error.message).toContain("text/plain");
  });

  it("rejects bytes that are not a supported container", async () => {
    expect((await decodeError(new TextEncoder().encode("hello, this is not audio"), "audio/webm")).code).toBe(
      "unsupported_format",
    );
    // A recorder chunk without its header is not a playable file.
    expect((await decodeError(recorded("speech.webm").subarray(5_000), "audio/webm")).code).toBe("unsupported_format");
  });

  it("rejects a damaged file with a readable message", async () => {
    const garbage = new Uint8Array(2_000).map((_, i) => (i * 7919 + 13) % 251);
    const webmHeader = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...garbage]);
    const error = await decodeError(webmHeader, "audio/webm");
    expect(error.code).toBe("invalid_audio");
    expect(error.message).toMatch(/could not be decoded/);
    // A WAV header with no samples.
    expect((await decodeError((await wav).subarray(0, 44), "audio/wav")).code).toBe("invalid_audio");
  });
});

describe("resample", () => {
  it("keeps speech-band tones at full level", () => {
    expect(gainDb(sine(1_000, 48_000, 1), resample(sine(1_000, 48_000, 1), 48_000, 16_000))).toBeCloseTo(0, 1);
    expect(gainDb(sine(3_000, 44_100, 1), resample(sine(3_000, 44_100, 1), 44_100, 16_000))).toBeCloseTo(0, 1);
    expect(gainDb(sine(1_000, 11_025, 1), resample(sine(1_000, 11_025, 1), 11_025, 16_000))).toBeCloseTo(0, 1);
  });

  it("filters out what would alias above the new Nyquist frequency", () => {
    expect(gainDb(sine(12_000, 48_000, 1), resample(sine(12_000, 48_000, 1), 48_000, 16_000))).toBeLessThan(-50);
    expect(gainDb(sine(9_000, 44_100, 1), resample(sine(9_000, 44_100, 1), 44_100, 16_000))).toBeLessThan(-40);
  });

  it("produces the right number of samples", () => {
    expect(resample(new Float32Array(48_000), 48_000, 16_000)).toHaveLength(16_000);
    expect(resample(new Float32Array(44_100 * 3), 44_100, 16_000)).toHaveLength(48_000);
    expect(resample(new Float32Array(11_025), 11_025, 16_000)).toHaveLength(16_000);
  });
});

describe("downmix", () => {
  it("averages the channels", () => {
    const mono = downmix([new Float32Array([1, 0.5, 0]), new Float32Array([0, 0.5, -1])]);
    expect([...mono]).toEqual([0.5, 0.5, -0.5]);
  });
});

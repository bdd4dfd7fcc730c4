// Tests Flite speech synthesis: every voice, the WAV and PCM it returns, and the input it refuses.
import { describe, expect, it } from "vitest";
import { decodeToPcm } from "./decode.ts";
import { FLITE_SAMPLE_RATE, FLITE_VOICES, MAX_TEXT_CHARS, SpeechSynthesisError, isFliteVoice, synthesize } from "./flite.ts";

const rms = (samples: Float32Array) => Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
const SENTENCE = "I built a dashboard with React and TypeScript.";

async function refusal(text: string, voice: string): Promise<SpeechSynthesisError> {
  const error: unknown = await synthesize(text, voice as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpeechSynthesisError);
  return error as SpeechSynthesisError;
}

describe("synthesize", () => {
  it.each(FLITE_VOICES)("speaks a sentence in %s as 16 kHz mono speech", async (voice) => {
    const speech = await synthesize(SENTENCE, voice);
    // Eight words at a speaking pace.
    expect(speech.durationSeconds).toBeGreaterThan(2);
    expect(speech.durationSeconds).toBeLessThan(6);
    expect(speech.pcm.length).toBe(Math.round(speech.durationSeconds * FLITE_SAMPLE_RATE));
    expect(rms(speech.pcm)).toBeGreaterThan(0.02);
    // The WAV holds the same samples.
    const decoded = await decodeToPcm(speech.wav, "audio/wav");
    expect(decoded.sourceSampleRate).toBe(FLITE_SAMPLE_RATE);
    expect(decoded.sourceChannels).toBe(1);
    expect(decoded.pcm).toEqual(speech.pcm);
  });

  it("says the same thing the same way every time, and each voice differently", async () => {
    const [first, again, other] = await Promise.all([synthesize(SENTENCE, "slt"), synthesize(SENTENCE, "slt"), synthesize(SENTENCE, "rms")]);
    expect(again.wav).toEqual(first.wav);
    expect(other.pcm.length).not.toBe(first.pcm.length);
  });

  it("takes longer text for longer", async () => {
    const short = await synthesize("Hello.", "kal16");
    const long = await synthesize("Hello. ".repeat(5), "kal16");
    expect(long.durationSeconds).toBeGreaterThan(3 * short.durationSeconds);
  });

  it("refuses a voice it does not have, rather than falling back to another", async () => {
    for (const voice of ["kal", "awb_time", "SLT", "alloy", ""]) {
      expect(isFliteVoice(voice)).toBe(false);
      const error = await refusal(SENTENCE, voice);
      expect(error.code).toBe("invalid_voice");
      expect(error.message).toContain("slt, rms, awb, kal16");
    }
    expect(FLITE_VOICES.every(isFliteVoice)).toBe(true);
  });

  it("refuses text with nothing to say, too much to say, or control characters", async () => {
    for (const text of ["", "   ", "?!", "\n"]) expect((await refusal(text, "slt")).message).toMatch(/no words/);
    expect((await refusal("a".repeat(MAX_TEXT_CHARS + 1), "slt")).message).toMatch(/longer than 4096/);
    expect((await refusal("one\0two", "slt")).code).toBe("invalid_text");
    expect((await refusal("bell\x07", "slt")).message).toMatch(/control characters/);
    expect((await refusal(42 as unknown as string, "slt")).code).toBe("invalid_text");
  });

  it("speaks text that looks like command-line options as words", async () => {
    const speech = await synthesize("-voice kal -o /out/x.wav", "slt");
    expect(speech.durationSeconds).toBeGreaterThan(1);
    // Still the 16 kHz voice asked for, not the 8 kHz one named in the text.
    expect((await decodeToPcm(speech.wav, "audio/wav")).sourceSampleRate).toBe(FLITE_SAMPLE_RATE);
  });
});

// Playwright global setup: speaks the answer the fake microphone plays (Flite voices, local-speech/test-speech.ts) into a 48 kHz WAV.
// Each run writes it afresh (~1 s), so it always matches the sentences and voices the tests expect.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import type { Locator } from "@playwright/test";
import { resample } from "../local-speech/decode.ts";
import { FLITE_SAMPLE_RATE } from "../local-speech/flite.ts";
import { whiteNoise } from "../local-speech/speech-variants.ts";
import { ANSWER_SENTENCES, ANSWER_VOICES, sentenceKeywordsHeard, speakAnswer } from "../local-speech/test-speech.ts";
import { encodeWav } from "../app/audio/wav.ts";

export const FIXTURE_DIR = join(import.meta.dirname, ".fixtures");
/** The spoken answer, in the voices whose margin local-speech/transcription.test.ts checks. */
export const ANSWER_WAV = join(FIXTURE_DIR, "answer.wav");
const TIMING_JSON = join(FIXTURE_DIR, "answer.json");

/** A microphone's rate: the browser's capture and the server's resampling run as they do for people. */
const MIC_RATE = 48_000;
/** Silence before the speech (the recorder starting) and after it: Chromium's fake microphone repeats the last 10 ms forever. */
const LEAD_SECONDS = 1;
const TAIL_SECONDS = 4;
/**
 * A quiet room under the speech (-60 dBFS), as every microphone hears: the recorder learns its noise floor from the
 * quietest sound it hears and ignores digital silence, so without it quiet stretches of speech would pass for pauses.
 * Below the speech server's silence gate (local-speech/silence.ts), so the room alone is never transcribed.
 */
const ROOM_NOISE_RMS = 0.001;

/** Seconds from the start of ANSWER_WAV to the end of each sentence's speech. */
export function answerSentenceEnds(): number[] {
  return (JSON.parse(readFileSync(TIMING_JSON, "utf8")) as { sentenceEnds: number[] }).sentenceEnds;
}

/**
 * Waits (up to `timeout` ms) until `locator`'s text holds, for each of the answer's `sentences` (0-based), at least
 * that sentence's minHeard keywords; on failure names each sentence still short and the keywords heard in it.
 */
export async function expectAnswerHeard(locator: Locator, sentences: readonly number[], timeout?: number): Promise<void> {
  const shortOf = async () => {
    const heard = sentenceKeywordsHeard(await locator.innerText());
    return sentences
      .filter((i) => heard[i]!.length < ANSWER_SENTENCES[i]!.minHeard)
      .map((i) => `sentence ${i + 1} heard only: ${heard[i]!.join(", ") || "nothing"}`);
  };
  await expect.poll(shortOf, { timeout, message: "the spoken answer's keywords" }).toEqual([]);
}

export default async function makeSpeechFixtures(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const { pcm, sentenceEnds } = await speakAnswer(ANSWER_VOICES[0]!, { leadSeconds: LEAD_SECONDS, tailSeconds: TAIL_SECONDS });
  const mic = resample(pcm, FLITE_SAMPLE_RATE, MIC_RATE);
  const room = whiteNoise(mic.length, ROOM_NOISE_RMS);
  writeFileSync(ANSWER_WAV, encodeWav(mic.map((x, i) => x + room[i]!), MIC_RATE));
  writeFileSync(TIMING_JSON, JSON.stringify({ sentenceEnds }));
}

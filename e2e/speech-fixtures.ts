// Playwright global setup: speaks the answer the fake microphone plays (Flite voices, local-speech/test-speech.ts) into a 48 kHz WAV.
// Each run writes it afresh (~1 s), so it always matches the sentences and voices the tests expect.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import type { Locator } from "@playwright/test";
import { decodeToPcm, resample } from "../local-speech/decode.ts";
import { FLITE_SAMPLE_RATE, synthesize } from "../local-speech/flite.ts";
import { whiteNoise } from "../local-speech/speech-variants.ts";
import { ANSWER_SENTENCES, ANSWER_VOICES, sentenceKeywordsHeard, speakAnswer, spokenLine } from "../local-speech/test-speech.ts";
import { encodeWav } from "../app/audio/wav.ts";
import { envelope } from "./segment-coverage.ts";
import { openingLine } from "../worker/ai/offline/lines.ts";

export const FIXTURE_DIR = join(import.meta.dirname, ".fixtures");
/** The spoken answer, in the voices whose margin local-speech/transcription.test.ts checks. */
export const ANSWER_WAV = join(FIXTURE_DIR, "answer.wav");
const TIMING_JSON = join(FIXTURE_DIR, "answer.json");
/**
 * Two spoken answers in one file, for hands-free turn-taking: the microphone stays open between answers, so
 * the file plays on through the interviewer's reply (each opening of the microphone would restart it).
 */
export const TWO_ANSWERS_WAV = join(FIXTURE_DIR, "two-answers.wav");
const TWO_ANSWERS_JSON = join(FIXTURE_DIR, "two-answers.json");
/**
 * Silence between the two answers, s: the hands-free pause that sends the first (3 s), its last segment
 * transcribed by Whisper, and the interviewer's reply, streamed and then spoken to the end. On two cores
 * shared with other work the reply alone took over 25 s; the second answer must not start before the
 * microphone listens again.
 */
export const BETWEEN_ANSWERS_SECONDS = 55;
/**
 * A whole spoken interview, for e2e/hands-free-interview.spec.ts: FIRST_ANSWER_AFTER_SECONDS of silence, then
 * INTERVIEW_ANSWER_COUNT answers, the two voices taking turns, BETWEEN_ANSWERS_SECONDS apart (end of one to start of
 * the next). SPOKEN_INTERVIEW's three questions need three answers, and up to three more when the interviewer
 * follows one up; the rest play on after the interview is over, to no one.
 */
export const INTERVIEW_ANSWERS_WAV = join(FIXTURE_DIR, "interview-answers.wav");
export const INTERVIEW_ANSWER_COUNT = 6;
/** The interview the spoken specs create: its opening line is known in advance (the offline interviewer's greeting). */
export const SPOKEN_INTERVIEW: { title: string; skills: string[]; questionCount: number } = { title: "Frontend Developer", skills: ["React"], questionCount: 3 };
/**
 * Silence before the first answer in TWO_ANSWERS_WAV, s: hands-free, the microphone opens as the interviewer starts
 * its opening, and an answer that begins before the opening ends would interrupt it. The opening is about half a
 * minute spoken; on two cores shared with other work, its sentences were spoken late enough to take over 50 s.
 */
export const FIRST_ANSWER_AFTER_SECONDS = 75;
/**
 * The candidate speaking over the interviewer's opening: BARGE_IN_AFTER_SECONDS of silence after the microphone
 * opens (as the opening starts), then the answer. The opening is still being said then.
 */
export const BARGE_IN_WAV = join(FIXTURE_DIR, "barge-in.wav");
export const BARGE_IN_AFTER_SECONDS = 6;
/**
 * The interviewer's own opening heard back by the microphone (its greeting, in the default voice, sentence by
 * sentence, from when the microphone opens, as the room plays it), then silence, then the candidate's answer
 * ECHO_ANSWER_AT_SECONDS after the microphone opened: after the whole opening has been said.
 */
export const ECHO_WAV = join(FIXTURE_DIR, "echo.wav");
const ECHO_JSON = join(FIXTURE_DIR, "echo.json");
export const ECHO_ANSWER_AT_SECONDS = 75;
/**
 * The same echo of the opening, then silence: nothing but the interviewer's own voice and a quiet room, so whatever
 * stops the interviewer in a spec on it is the room taking its own voice for the candidate's.
 */
export const ECHO_ONLY_WAV = join(FIXTURE_DIR, "echo-only.wav");

/** Seconds from the start of ECHO_WAV to the end of the echoed greeting. */
export function echoEnd(): number {
  return (JSON.parse(readFileSync(ECHO_JSON, "utf8")) as { echoEnd: number }).echoEnd;
}

/**
 * A candidate who stops to think in mid-sentence: FIRST_ANSWER_AFTER_SECONDS of silence, the first half of a
 * sentence ending on "and", THINKING_PAUSE_SECONDS of silence, then its second half (e2e/thinking-pause.spec.ts).
 */
export const THINKING_PAUSE_WAV = join(FIXTURE_DIR, "thinking-pause.wav");
export const THINKING_PAUSE_SECONDS = 7;
export const THINKING_PAUSE_HALVES = [
  "In my last role I moved our product catalogue behind a Redis cache in front of the Postgres database, and",
  "then the page load time dropped from two seconds to half a second.",
] as const;

/**
 * A candidate taken for finished who goes on, twice (e2e/resume.spec.ts): FIRST_ANSWER_AFTER_SECONDS of silence, a
 * complete sentence (its words read as finished, so its pause ends the answer after about a second),
 * RESUME_AFTER_SECONDS of silence, then more of the same answer, over the next line's first seconds or before it;
 * BETWEEN_ANSWERS_SECONDS later, the second answer the same way with only RESUME_SOON_SECONDS between its parts.
 */
export const RESUME_WAV = join(FIXTURE_DIR, "resume.wav");
export const RESUME_AFTER_SECONDS = 5;
export const RESUME_SOON_SECONDS = 2.5;
export const RESUME_PARTS = [
  ["In my last role I moved our product catalogue behind a Redis cache in front of the Postgres database.", "Sorry, I should add that the page load time dropped from two seconds to half a second."],
  ["For forms I use controlled inputs with a small custom hook.", "That way validation runs on every keystroke without extra libraries."],
] as const;

/** Eight seconds of faint pink noise (sox, -30 dBFS peak), then silence: a room, and no one speaking. */
export const NOISE_WAV = join(FIXTURE_DIR, "noise.wav");
/** Counting from one to sixty in one breath, with no pause between the numbers. */
export const COUNTING_WAV = join(FIXTURE_DIR, "counting.wav");
const COUNTING_JSON = join(FIXTURE_DIR, "counting.json");
export const COUNTING_NUMBERS = 60;
/** How the counting is said: each number spelled out, one after the other. */
export const COUNTING_TEXT = Array.from({ length: COUNTING_NUMBERS }, (_, i) => spelled(i + 1)).join(" ");

function spelled(n: number): string {
  const ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
  const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty"];
  return n < 20 ? ones[n]! : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${ones[n % 10]}` : ""}`;
}

/** A microphone's rate: the browser's capture and the server's resampling run as they do for people. */
const MIC_RATE = 48_000;
/** Silence before the speech (the recorder starting) and after it: Chromium's fake microphone repeats the last 10 ms forever. */
const LEAD_SECONDS = 1;
const TAIL_SECONDS = 4;
/**
 * A quiet room under the speech (-60 dBFS), as every microphone hears: the recorder learns its noise floor from the
 * quietest sound it hears and ignores digital silence, so without it quiet stretches of speech would pass for pauses.
 * Silero VAD hears no speech in it, so the room alone is never transcribed.
 */
const ROOM_NOISE_RMS = 0.001;

/** Seconds from the start of COUNTING_WAV to the first and last sound of the counting. */
export function countingSpan(): { speechStart: number; speechEnd: number } {
  return JSON.parse(readFileSync(COUNTING_JSON, "utf8")) as { speechStart: number; speechEnd: number };
}

/** Seconds from the start of 16 kHz `pcm` to its first and last 10 ms louder than -50 dBFS (Flite pads its speech with silence). */
function speechSpan(pcm: Float32Array): { start: number; end: number } {
  const loudness = envelope(pcm);
  const loud = [...loudness.keys()].filter((frame) => loudness[frame]! > -50);
  return { start: loud[0]! / 100, end: (loud.at(-1)! + 1) / 100 };
}

/** Seconds from the start of TWO_ANSWERS_WAV to the end of each answer's speech. */
export function twoAnswersEnds(): [number, number] {
  return (JSON.parse(readFileSync(TWO_ANSWERS_JSON, "utf8")) as { answerEnds: [number, number] }).answerEnds;
}

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

/** `pcm` at 16 kHz as the fake microphone's file: at 48 kHz, with LEAD_SECONDS and TAIL_SECONDS of room around it. */
function asMicrophone(pcm: Float32Array): Uint8Array {
  const lead = new Float32Array(LEAD_SECONDS * FLITE_SAMPLE_RATE);
  const tail = new Float32Array(TAIL_SECONDS * FLITE_SAMPLE_RATE);
  const mic = resample(Float32Array.from([...lead, ...pcm, ...tail]), FLITE_SAMPLE_RATE, MIC_RATE);
  const room = whiteNoise(mic.length, ROOM_NOISE_RMS);
  return encodeWav(mic.map((x, i) => x + room[i]!), MIC_RATE);
}

export default async function makeSpeechFixtures(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const { pcm, sentenceEnds } = await speakAnswer(ANSWER_VOICES[0]!);
  writeFileSync(ANSWER_WAV, asMicrophone(pcm));
  writeFileSync(TIMING_JSON, JSON.stringify({ sentenceEnds: sentenceEnds.map((end) => end + LEAD_SECONDS) }));
  // The second answer in the other voices, so the two are told apart by more than their time.
  const second = await speakAnswer(ANSWER_VOICES[1]!);
  const firstEnd = sentenceEnds.at(-1)!;
  const gap = new Float32Array(Math.round(BETWEEN_ANSWERS_SECONDS * FLITE_SAMPLE_RATE) - (pcm.length - Math.round(firstEnd * FLITE_SAMPLE_RATE)));
  const before = new Float32Array(FIRST_ANSWER_AFTER_SECONDS * FLITE_SAMPLE_RATE);
  writeFileSync(TWO_ANSWERS_WAV, asMicrophone(Float32Array.from([...before, ...pcm, ...gap, ...second.pcm])));
  const firstStart = LEAD_SECONDS + FIRST_ANSWER_AFTER_SECONDS;
  const secondStart = firstStart + pcm.length / FLITE_SAMPLE_RATE + gap.length / FLITE_SAMPLE_RATE;
  writeFileSync(TWO_ANSWERS_JSON, JSON.stringify({ answerEnds: [firstStart + firstEnd, secondStart + second.sentenceEnds.at(-1)!] }));
  // Flite's own silence after an answer's last word counts towards the gap.
  const answerSpeech = [{ pcm, sentenceEnds }, second].map((a) => a.pcm.subarray(0, Math.round(a.sentenceEnds.at(-1)! * FLITE_SAMPLE_RATE)));
  const answers = Array.from({ length: INTERVIEW_ANSWER_COUNT }, (_, i) => answerSpeech[i % 2]!);
  const between = BETWEEN_ANSWERS_SECONDS * FLITE_SAMPLE_RATE;
  const interview = new Float32Array(FIRST_ANSWER_AFTER_SECONDS * FLITE_SAMPLE_RATE + answers.reduce((n, a) => n + a.length, 0) + between * (answers.length - 1));
  let at = FIRST_ANSWER_AFTER_SECONDS * FLITE_SAMPLE_RATE;
  for (const answer of answers) {
    interview.set(answer, at);
    at += answer.length + between;
  }
  writeFileSync(INTERVIEW_ANSWERS_WAV, asMicrophone(interview));
  writeFileSync(BARGE_IN_WAV, asMicrophone(Float32Array.from([...new Float32Array(BARGE_IN_AFTER_SECONDS * FLITE_SAMPLE_RATE), ...pcm])));
  const echo = await spokenLine(openingLine(SPOKEN_INTERVIEW));
  const answerGap = new Float32Array(Math.round((ECHO_ANSWER_AT_SECONDS - LEAD_SECONDS) * FLITE_SAMPLE_RATE) - echo.length);
  writeFileSync(ECHO_WAV, asMicrophone(Float32Array.from([...echo, ...answerGap, ...second.pcm])));
  writeFileSync(ECHO_ONLY_WAV, asMicrophone(echo));
  const [firstHalf, secondHalf] = await Promise.all(THINKING_PAUSE_HALVES.map((half) => synthesize(half, "slt")));
  const quiet = (seconds: number) => new Float32Array(Math.round(seconds * FLITE_SAMPLE_RATE));
  writeFileSync(
    THINKING_PAUSE_WAV,
    asMicrophone(Float32Array.from([...quiet(FIRST_ANSWER_AFTER_SECONDS), ...firstHalf!.pcm, ...quiet(THINKING_PAUSE_SECONDS), ...secondHalf!.pcm])),
  );
  const [a1, a2, b1, b2] = await Promise.all(RESUME_PARTS.flat().map((part) => synthesize(part, "slt")));
  writeFileSync(
    RESUME_WAV,
    asMicrophone(
      Float32Array.from([
        ...quiet(FIRST_ANSWER_AFTER_SECONDS),
        ...a1!.pcm,
        ...quiet(RESUME_AFTER_SECONDS),
        ...a2!.pcm,
        ...quiet(BETWEEN_ANSWERS_SECONDS),
        ...b1!.pcm,
        ...quiet(RESUME_SOON_SECONDS),
        ...b2!.pcm,
      ]),
    ),
  );
  writeFileSync(ECHO_JSON, JSON.stringify({ echoEnd: LEAD_SECONDS + echo.length / FLITE_SAMPLE_RATE }));
  const counting = await synthesize(COUNTING_TEXT, "slt");
  writeFileSync(COUNTING_WAV, asMicrophone(counting.pcm));
  const spoken = speechSpan(counting.pcm);
  writeFileSync(COUNTING_JSON, JSON.stringify({ speechStart: LEAD_SECONDS + spoken.start, speechEnd: LEAD_SECONDS + spoken.end }));
  // sox makes the noise as in the report it reproduces; -R keeps it the same on every run.
  const noise = join(FIXTURE_DIR, "noise.raw.wav");
  execFileSync("sox", ["-R", "-n", "-r", String(FLITE_SAMPLE_RATE), "-c", "1", "-b", "16", noise, "synth", "8", "pinknoise", "vol", "0.03"]);
  writeFileSync(NOISE_WAV, asMicrophone((await decodeToPcm(new Uint8Array(readFileSync(noise)), "audio/wav")).pcm));
}

// Pace is measured over the time spent speaking, as the recorder hears it with Silero VAD: on speech
// of known rate (espeak-ng at 120, 150 and 180 words per minute) with a lead-in, a long thinking
// pause and silence before "Done", the words per minute come out within 10% of the truth.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { speakingTimeMs } from "../worker/protocol/feedback.ts";
import { decodeToPcm } from "./decode.ts";
import { analyseSpeech } from "./vad.ts";

const RATE = 16_000;
const FIRST = "In my last role I led the move of our billing service to a new database, and I planned it in small steps.";
const SECOND = "We moved the reads first, then the writes, and each step had a way back, so nothing was lost and nobody noticed.";
const WORDS = `${FIRST} ${SECOND}`.split(/\s+/).length;
const dir = mkdtempSync(join(tmpdir(), "speaking-rate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function espeak(text: string, wpm: number): Promise<Float32Array> {
  const out = join(dir, `s${wpm}.wav`);
  execFileSync("espeak-ng", ["-v", "en-us", "-s", String(wpm), "-w", out, text]);
  return (await decodeToPcm(new Uint8Array(readFileSync(out)), "audio/wav")).pcm;
}

/** Where speech starts and ends in clean synthetic audio: the first and last sample above -40 dBFS. */
function spokenSeconds(pcm: Float32Array): number {
  const loud = (x: number) => Math.abs(x) > 0.01;
  const first = pcm.findIndex(loud);
  const last = pcm.findLastIndex(loud);
  return (last - first) / RATE;
}

const silence = (seconds: number) => new Float32Array(Math.round(seconds * RATE));
const join_ = (...parts: Float32Array[]) => Float32Array.from(parts.flatMap((p) => [...p]));

describe("speaking rate over the time spent speaking", () => {
  it.each([120, 150, 180])("espeak-ng at %i words per minute is measured within 10%%", async (wpm) => {
    const [first, second] = [await espeak(FIRST, wpm), await espeak(SECOND, wpm)];
    // The truth: the words over the time from first to last word, the thinking pause left out.
    const truth = WORDS / ((spokenSeconds(first) + spokenSeconds(second)) / 60);
    // As recorded: 3 s before the first word, a 4 s pause to think between the sentences, 3 s before "Done".
    const recording = join_(silence(3), first, silence(4), second, silence(3));
    const { timing } = await analyseSpeech(recording);
    const { ms, measured } = speakingTimeMs([recording.length / 16], timing);
    expect(measured).toBe(true);
    expect(timing.longPausesMs).toHaveLength(1);
    const measuredWpm = WORDS / (ms / 60_000);
    console.info(`espeak-ng -s ${wpm}: truth ${truth.toFixed(0)} wpm, measured ${measuredWpm.toFixed(0)} wpm (${(((measuredWpm - truth) / truth) * 100).toFixed(1)}%); over the whole recording it would be ${(WORDS / (recording.length / RATE / 60)).toFixed(0)}`);
    expect(Math.abs(measuredWpm - truth) / truth).toBeLessThan(0.1);
  }, 60_000);
});

// Speaks bench:wer's answers into 16 kHz audio: Flite voices in-process, espeak-ng and sox (for the
// background noise) as programs. The same answer always gives the same samples, so results compare.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeToPcm } from "../../local-speech/decode.ts";
import { synthesize } from "../../local-speech/flite.ts";
import type { SpokenAnswer } from "./answers.ts";

const RATE = 16_000;
/** Silence before the first word (the microphone opens before the candidate speaks) and after the last. */
const LEAD_SECONDS = 0.5;
const TAIL_SECONDS = 1.5;

/** One sentence in `voice` as 16 kHz mono PCM; `dir` holds espeak-ng's file while it is read. */
export async function sentenceAudio(text: string, voice: SpokenAnswer["voice"], dir: string): Promise<Float32Array> {
  if (voice.engine === "flite") return (await synthesize(text, voice.name)).pcm;
  const out = join(dir, "espeak.wav");
  execFileSync("espeak-ng", ["-v", voice.name, "-s", String(voice.wpm), "-g", String(Math.round((voice.wordGapMs ?? 10) / 10)), "-w", out, text]);
  return (await decodeToPcm(new Uint8Array(readFileSync(out)), "audio/wav")).pcm;
}

/** sox's noise generator at `level` amplitude, `seconds` long, at 16 kHz; -R keeps it the same on every run. */
async function noise(kind: string, level: number, seconds: number, dir: string): Promise<Float32Array> {
  const out = join(dir, "noise.wav");
  execFileSync("sox", ["-R", "-n", "-r", String(RATE), "-c", "1", "-b", "16", out, "synth", seconds.toFixed(3), kind, "vol", String(level)]);
  return (await decodeToPcm(new Uint8Array(readFileSync(out)), "audio/wav")).pcm;
}

/** The answer as 16 kHz mono PCM in [-1, 1]: lead-in, sentences with their pauses, trailing silence, noise under all of it. */
export async function speakAnswer(answer: SpokenAnswer): Promise<Float32Array> {
  const dir = mkdtempSync(join(tmpdir(), "bench-wer-"));
  try {
    const parts: Float32Array[] = [new Float32Array(Math.round(LEAD_SECONDS * RATE))];
    for (const [i, sentence] of answer.sentences.entries()) {
      if (i > 0 && answer.pauseSeconds) parts.push(new Float32Array(Math.round(answer.pauseSeconds * RATE)));
      parts.push(await sentenceAudio(sentence, answer.voice, dir));
    }
    parts.push(new Float32Array(Math.round(TAIL_SECONDS * RATE)));
    const pcm = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      pcm.set(part, at);
      at += part.length;
    }
    if (answer.noise) {
      const under = await noise(answer.noise.kind, answer.noise.level, pcm.length / RATE, dir);
      for (let i = 0; i < pcm.length; i++) pcm[i] = Math.max(-1, Math.min(1, pcm[i]! + (under[i] ?? 0)));
    }
    return pcm;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

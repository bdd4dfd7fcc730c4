// Playwright global setup: makes the WAV files the fake microphone plays, with espeak-ng and sox.
// Each gets trailing silence, because Chromium's fake microphone repeats the last 10 ms forever.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const FIXTURE_DIR = join(import.meta.dirname, ".fixtures");

export const SPOKEN_ANSWERS = {
  dashboard:
    "In my last project I built a real time dashboard with React and TypeScript. " +
    "For example, I used web sockets to stream updates to the browser. " +
    "The result was that the support team saw new orders within one second.",
} as const;

export const fixturePath = (name: keyof typeof SPOKEN_ANSWERS) => join(FIXTURE_DIR, `${name}.wav`);

export default function makeSpeechFixtures(): void {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const [name, text] of Object.entries(SPOKEN_ANSWERS)) {
    const target = fixturePath(name as keyof typeof SPOKEN_ANSWERS);
    if (existsSync(target)) continue;
    const raw = join(FIXTURE_DIR, `${name}.raw.wav`);
    execFileSync("espeak-ng", ["-s", "150", "-w", raw, text]);
    // 48 kHz mono like a real microphone; 1 s of silence before (recorder start-up) and 4 s after.
    execFileSync("sox", [raw, "-r", "48000", "-c", "1", target, "pad", "1", "4"]);
  }
}

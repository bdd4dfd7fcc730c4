// End-to-end tests in a real Chromium against the built app served by local workerd (vite preview),
// with real local Whisper behind the offline provider and a fake microphone fed from generated WAVs.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import {
  ANSWER_WAV,
  BARGE_IN_WAV,
  COUNTING_WAV,
  ECHO_ONLY_WAV,
  ECHO_WAV,
  INTERVIEW_ANSWERS_WAV,
  NOISE_WAV,
  RESUME_WAV,
  THINKING_PAUSE_WAV,
  TWO_ANSWERS_WAV,
} from "./e2e/speech-fixtures";

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4319);
// Debian's chromium where installed (CI installs it); otherwise Playwright's own browser.
const systemChromium = "/usr/bin/chromium";
// This machine has no internet: keep Chromium from trying to reach Google at start-up.
const quietChromium = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/** A project whose specs answer out loud: Chromium's fake microphone plays `wav` once, from when a page opens it. */
const speaking = (name: string, specs: RegExp, wav: string) => ({
  name,
  testMatch: specs,
  timeout: 180_000,
  use: {
    permissions: ["microphone"],
    launchOptions: {
      executablePath,
      args: [...quietChromium, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}%noloop`],
    },
  },
});
const VOICE_SPECS = /(voice|failed-answer)\.spec\.ts/;
const NOISE_SPECS = /noise\.spec\.ts/;
const COUNTING_SPECS = /(counting(-interrupts)?|reload-mid-answer)\.spec\.ts/;
const HANDS_FREE_SPECS = /hands-free\.spec\.ts/;
const INTERVIEW_SPECS = /hands-free-interview\.spec\.ts/;
const BARGE_IN_SPECS = /barge-in\.spec\.ts/;
const ECHO_SPECS = /echo\.spec\.ts/;
const SAY_AGAIN_SPECS = /say-again\.spec\.ts/;
const THINKING_PAUSE_SPECS = /thinking-pause\.spec\.ts/;
const RESUME_SPECS = /resume\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  // e2e/*.test.ts are unit tests of the specs' own tools (vitest runs them).
  testMatch: /\.spec\.ts$/,
  globalSetup: "./e2e/speech-fixtures.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "app",
      testIgnore: [VOICE_SPECS, NOISE_SPECS, COUNTING_SPECS, HANDS_FREE_SPECS, INTERVIEW_SPECS, BARGE_IN_SPECS, ECHO_SPECS, SAY_AGAIN_SPECS, THINKING_PAUSE_SPECS, RESUME_SPECS],
      use: { launchOptions: { executablePath, args: quietChromium } },
    },
    speaking("voice", VOICE_SPECS, ANSWER_WAV),
    speaking("noise", NOISE_SPECS, NOISE_WAV),
    speaking("counting", COUNTING_SPECS, COUNTING_WAV),
    speaking("hands-free", HANDS_FREE_SPECS, TWO_ANSWERS_WAV),
    speaking("whole-interview", INTERVIEW_SPECS, INTERVIEW_ANSWERS_WAV),
    speaking("barge-in", BARGE_IN_SPECS, BARGE_IN_WAV),
    speaking("echo", ECHO_SPECS, ECHO_WAV),
    speaking("say-again", SAY_AGAIN_SPECS, ECHO_ONLY_WAV),
    speaking("thinking-pause", THINKING_PAUSE_SPECS, THINKING_PAUSE_WAV),
    speaking("resume", RESUME_SPECS, RESUME_WAV),
  ],
  webServer: {
    command: `vite preview --port ${PORT} --strictPort`,
    // Answers 401 once the Worker is up; any status below 500 counts as ready.
    url: `http://localhost:${PORT}/api/v1/auth/me`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

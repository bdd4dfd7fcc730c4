// Regenerates local-speech/fixtures/ (the recordings the decode and server tests read); developers run it by hand.
// Needs espeak-ng, sox, ffmpeg (AAC and Ogg/Opus encoders) and Debian's Chromium at /usr/bin/chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const FIXTURE_SENTENCE = "I built a dashboard with React and TypeScript.";
const fixtures = join(import.meta.dirname, "fixtures");
const work = mkdtempSync(join(tmpdir(), "speech-fixtures-"));
const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: "inherit" });

try {
  // This voice and pace is the one Whisper base transcribes word for word.
  run("espeak-ng", "-v", "en-gb", "-s", "150", "-g", "2", "-w", join(work, "raw.wav"), FIXTURE_SENTENCE);
  // No dither (-D): Whisper is sensitive enough to espeak speech that regenerated fixtures must be identical.
  // 11025 Hz keeps the WAV under 100 KB and makes the decoder test exercise upsampling.
  run("sox", "-D", join(work, "raw.wav"), "-r", "11025", "-c", "1", "-b", "16", join(fixtures, "speech.wav"), "pad", "0.2", "0.5");
  // Chromium's fake microphone repeats the file's last 10 ms forever: end on silence.
  const micWav = join(work, "mic.wav");
  run("sox", "-D", join(work, "raw.wav"), "-r", "48000", "-c", "1", micWav, "pad", "0.2", "1");
  const ffmpeg = ["-hide_banner", "-loglevel", "error", "-y", "-i", micWav];
  // Safari's MediaRecorder writes fragmented MP4 with AAC-LC; Chromium here cannot encode AAC.
  run("ffmpeg", ...ffmpeg, "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "44100", "-movflags",
    "frag_keyframe+empty_moov+default_base_moof", join(fixtures, "speech-aac.mp4"));
  run("ffmpeg", ...ffmpeg, "-c:a", "libopus", "-b:a", "24k", join(fixtures, "speech.ogg"));
  writeFileSync(join(fixtures, "speech.webm"), await recordInChromium(micWav, "audio/webm;codecs=opus", 5_000));
  for (const name of ["speech.wav", "speech.webm", "speech-aac.mp4", "speech.ogg"]) {
    console.info(`${name}: ${statSync(join(fixtures, name)).size} bytes`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Records the WAV through Chromium's fake microphone with the settings the app's recorder uses (mono, 32 kbps). */
async function recordInChromium(wav: string, mimeType: string, ms: number): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav}%noloop`,
      "--disable-background-networking",
    ],
  });
  try {
    const context = await browser.newContext();
    await context.grantPermissions(["microphone"]);
    const page = await context.newPage();
    // getUserMedia needs a secure context; localhost counts, and the route answers without any server.
    await page.route("http://localhost/record", (route) => route.fulfill({ contentType: "text/html", body: "<p>recording</p>" }));
    await page.goto("http://localhost/record");
    const base64 = await page.evaluate(
      async ({ mimeType, ms }) => {
        const stream = await navigator.mediaDevices.getUserMedia({
          audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
        });
        const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: 32_000 });
        const chunks: Blob[] = [];
        recorder.ondataavailable = (event) => chunks.push(event.data);
        const stopped = new Promise((resolve) => (recorder.onstop = resolve));
        recorder.start(1_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        recorder.stop();
        await stopped;
        for (const track of stream.getTracks()) track.stop();
        const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
        let binary = "";
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      },
      { mimeType, ms },
    );
    return Buffer.from(base64, "base64");
  } finally {
    await browser.close();
  }
}

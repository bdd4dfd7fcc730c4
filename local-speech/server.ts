// OpenAI-compatible speech-to-text and text-to-speech on loopback (POST /v1/audio/transcriptions, /v1/audio/speech);
// the Worker calls it in offline dev and end-to-end tests.
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AudioInputError, decodeToPcm } from "./decode.ts";
import { speak } from "./speech-route.ts";
import { transcribeSpeech } from "./transcribe-speech.ts";
import { isWhisperReady, loadWhisper, transcribe } from "./whisper.ts";

/** A 15 s segment is ~60 KB of Opus; 4 MB still takes two minutes of 16 kHz WAV. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const DEFAULT_PORT = 8788;

export interface SpeechEngine {
  load(): Promise<unknown>;
  isReady(): boolean;
  /** `prompt`: the client's text for Whisper to take as what came before (style, spelling). */
  transcribe(pcm: Float32Array, options?: { prompt?: string }): Promise<{ text: string }>;
}

const whisperEngine: SpeechEngine = { load: loadWhisper, isReady: isWhisperReady, transcribe };

export interface SpeechServer {
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly param: string | null;
  constructor(status: number, code: string, message: string, param: string | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: HttpError, headers: Record<string, string> = {}): void {
  const type = error.status >= 500 ? "server_error" : "invalid_request_error";
  send(res, error.status, { error: { message: error.message, type, param: error.param, code: error.code } }, headers);
}

/** On overflow it answers at once but keeps reading (and dropping) the upload: closing early makes clients see EPIPE, not the 413. */
function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      req.resume();
      reject(tooLarge());
      return;
    }
    let chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks = [];
      if (size - chunk.length <= MAX_BODY_BYTES && size > MAX_BODY_BYTES) reject(tooLarge());
    });
    req.on("error", reject);
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) return;
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(body);
    });
  });
}

function tooLarge(): HttpError {
  return new HttpError(413, "file_too_large", `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
}

const RESPONSE_FORMATS = new Set(["json", "verbose_json", "text"]);
/** Whisper reads only the last 223 tokens of a prompt (~900 characters); anything far longer is a mistake. */
const PROMPT_CHARS_MAX = 2_000;
const ENGLISH = new Set(["", "en", "english"]);

async function handleTranscription(req: IncomingMessage, res: ServerResponse, engine: SpeechEngine): Promise<void> {
  const body = await readBody(req);
  let form: FormData;
  try {
    // Only the content type (with its multipart boundary) matters to the parser.
    const headers = { "content-type": req.headers["content-type"] ?? "" };
    form = await new Request("http://localhost/", { method: "POST", headers, body }).formData();
  } catch {
    throw new HttpError(400, "invalid_form", "Send the audio as multipart/form-data with a `file` field.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new HttpError(400, "missing_file", "The `file` field is required.", "file");
  const format = String(form.get("response_format") ?? "json");
  if (!RESPONSE_FORMATS.has(format)) {
    throw new HttpError(400, "unsupported_response_format", "response_format must be json, verbose_json or text.", "response_format");
  }
  const language = String(form.get("language") ?? "").trim().toLowerCase();
  if (!ENGLISH.has(language)) {
    throw new HttpError(400, "unsupported_language", "Only English (language=en) is supported.", "language");
  }
  // `model` names whatever the client was configured with.
  const prompt = String(form.get("prompt") ?? "");
  if (prompt.length > PROMPT_CHARS_MAX) {
    throw new HttpError(400, "prompt_too_long", `The prompt is limited to ${PROMPT_CHARS_MAX} characters.`, "prompt");
  }
  let audio;
  try {
    audio = await decodeToPcm(new Uint8Array(await file.arrayBuffer()), file.type);
  } catch (error) {
    if (error instanceof AudioInputError) throw new HttpError(400, error.code, error.message, "file");
    throw error;
  }
  // Only speech reaches Whisper, which would make up words for silence or noise; long audio goes in pieces.
  const text = await transcribeSpeech(audio.pcm, (pcm, options) => engine.transcribe(pcm, options), { prompt });
  if (format === "text") send(res, 200, text);
  else if (format === "verbose_json") send(res, 200, { text, language: "english", duration: Math.round(audio.durationSeconds * 1000) / 1000 });
  else send(res, 200, { text });
}

async function handleSpeech(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const result = await speak(await readBody(req));
  if (!result.ok) throw new HttpError(result.status, result.code, result.message, result.param);
  res.writeHead(200, { "content-type": "audio/wav", "content-length": result.wav.byteLength });
  res.end(result.wav);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts listening and begins loading the model; requests that arrive before it is ready wait for it. */
export async function startSpeechServer({
  port,
  host = "127.0.0.1",
  engine = whisperEngine,
}: {
  port: number;
  host?: string;
  engine?: SpeechEngine;
}): Promise<SpeechServer> {
  // No authentication: it must never be reachable from another machine.
  if (!isLoopback(host)) throw new Error(`The speech server only listens on loopback, not on ${host}.`);
  let loadError: Error | undefined;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = async () => {
      if (path === "/health") {
        if (req.method !== "GET" && req.method !== "HEAD") throw methodNotAllowed("GET");
        if (engine.isReady()) send(res, 200, { status: "ready", model: "whisper-base" });
        else if (loadError) send(res, 503, { status: "failed", error: loadError.message });
        else send(res, 503, { status: "loading" });
      } else if (path === "/v1/audio/transcriptions") {
        if (req.method !== "POST") throw methodNotAllowed("POST");
        await handleTranscription(req, res, engine);
      } else if (path === "/v1/audio/speech") {
        if (req.method !== "POST") throw methodNotAllowed("POST");
        await handleSpeech(req, res);
      } else {
        throw new HttpError(404, "not_found", `No route for ${path}.`);
      }
    };
    route().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof HttpError) {
        sendError(res, error, error.status === 405 ? { allow: allowed(path) } : {});
      } else {
        const what = path === "/v1/audio/speech" ? "speech" : "transcription";
        console.error(`local-speech: ${what} failed:`, error);
        sendError(res, new HttpError(500, `${what}_failed`, `${what === "speech" ? "Speech" : "Transcription"} failed: ${(error as Error).message}`));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  engine.load().catch((error: unknown) => {
    loadError = error as Error;
    console.error(`local-speech: model failed to load: ${loadError.message}`);
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function methodNotAllowed(method: string): HttpError {
  return new HttpError(405, "method_not_allowed", `Use ${method} for this path.`);
}

function allowed(path: string): string {
  return path === "/health" ? "GET, HEAD" : "POST";
}

if (import.meta.main) {
  const port = Number(process.env.LOCAL_SPEECH_PORT ?? DEFAULT_PORT);
  const started = performance.now();
  const speech = await startSpeechServer({ port }).catch((error: unknown) => {
    console.error(`local-speech: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    process.exit(1);
  });
  console.info(`local-speech: listening on ${speech.url} (loading whisper-base)`);
  const stop = () => void speech.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await loadWhisper();
    console.info(`local-speech: ready (whisper-base loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch {
    // startSpeechServer already printed why; a server that can never transcribe should not look alive.
    await speech.close();
    process.exit(1);
  }
}

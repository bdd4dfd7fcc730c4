// Tests the local speech server's HTTP contract (with a stand-in engine) and real transcription with Whisper base.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, startSpeechServer } from "./server.ts";
import type { SpeechEngine, SpeechServer } from "./server.ts";
import { encodeWav } from "../app/audio/wav.ts";
import { synthesize } from "./flite.ts";
import { ANSWER_SENTENCES, ANSWER_VOICES, sentenceKeywordsHeard } from "./test-speech.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name));

function upload(bytes: Uint8Array, type: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type }), "answer");
  form.set("model", "whisper-1");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  const body = (await response.json()) as { error: { message: string; type: string; code: string } };
  expect(body.error).toMatchObject({ type: "invalid_request_error", code });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

describe("speech server contract", () => {
  let ready = false;
  const engine: SpeechEngine = {
    load: () => new Promise(() => undefined),
    isReady: () => ready,
    transcribe: async (pcm) => ({ text: `heard ${(pcm.length / 16_000).toFixed(1)} s` }),
  };
  let server: SpeechServer;
  let endpoint: string;
  beforeAll(async () => {
    server = await startSpeechServer({ port: 0, engine });
    endpoint = `${server.url}/v1/audio/transcriptions`;
  });
  afterAll(() => server.close());

  it("listens on loopback only", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startSpeechServer({ port: 0, host: "0.0.0.0", engine })).rejects.toThrow(/loopback/);
  });

  it("reports loading, then ready, on /health", async () => {
    const loading = await fetch(`${server.url}/health`);
    expect(loading.status).toBe(503);
    expect(await loading.json()).toEqual({ status: "loading" });
    ready = true;
    const done = await fetch(`${server.url}/health`);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ status: "ready", model: "whisper-base" });
  });

  it("answers json, verbose_json and text", async () => {
    const json = await fetch(endpoint, { method: "POST", body: upload(fixture("speech.webm"), "audio/webm;codecs=opus") });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ text: "heard 6.5 s" });

    const tone = new Float32Array(72_355).map((_, i) => 0.1 * Math.sin((2 * Math.PI * 220 * i) / 16_000));
    const wav = encodeWav(tone, 16_000);
    const verbose = await fetch(endpoint, {
      method: "POST",
      body: upload(wav, "audio/wav", { response_format: "verbose_json", language: "en", prompt: "x" }),
    });
    expect(await verbose.json()).toEqual({ text: "heard 4.5 s", language: "english", duration: 4.522 });

    const text = await fetch(endpoint, {
      method: "POST",
      body: upload(fixture("speech.ogg"), "audio/ogg", { response_format: "text" }),
    });
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await text.text()).toBe("heard 6.5 s");
  });

  it("answers silence with an empty transcript, without running the model", async () => {
    const silence = await fetch(endpoint, { method: "POST", body: upload(encodeWav(new Float32Array(3 * 16_000), 16_000), "audio/wav") });
    expect(silence.status).toBe(200);
    expect(await silence.json()).toEqual({ text: "" });
    // The same length with a quiet tone in it is heard.
    const tone = new Float32Array(3 * 16_000).map((_, i) => 0.05 * Math.sin((2 * Math.PI * 220 * i) / 16_000));
    const heard = await fetch(endpoint, { method: "POST", body: upload(encodeWav(tone, 16_000), "audio/wav") });
    expect(await heard.json()).toEqual({ text: "heard 3.0 s" });
  });

  it("404s an unknown path and 405s a wrong method", async () => {
    await expectError(await fetch(`${server.url}/v1/audio/translations`, { method: "POST" }), 404, "not_found");
    const wrongMethod = await fetch(endpoint);
    await expectError(wrongMethod, 405, "method_not_allowed");
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    await expectError(await fetch(`${server.url}/health`, { method: "POST" }), 405, "method_not_allowed");
  });

  it("413s a body over 4 MB, whether or not its length is declared", async () => {
    // Larger than socket buffers, so a server that hangs up early fails this with EPIPE.
    const big = new Uint8Array(3 * MAX_BODY_BYTES);
    await expectError(await fetch(endpoint, { method: "POST", body: upload(big, "audio/webm") }), 413, "file_too_large");
    const chunks = [...Array(8)].map(() => new Uint8Array(MAX_BODY_BYTES / 2 + 1));
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => (chunks.length ? controller.enqueue(chunks.shift()!) : controller.close()),
    });
    const streamed = await fetch(endpoint, {
      method: "POST",
      body: stream,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    await expectError(streamed, 413, "file_too_large");
    // The connection is still usable afterwards.
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it("400s audio it cannot use, with the reason", async () => {
    const notAudio = await fetch(endpoint, {
      method: "POST",
      body: upload(new TextEncoder().encode("not audio at all"), "audio/webm"),
    });
    expect((await expectError(notAudio, 400, "unsupported_format")).message).toMatch(/WebM\/Opus/);
    const garbage = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...new Uint8Array(500).fill(7)]);
    await expectError(await fetch(endpoint, { method: "POST", body: upload(garbage, "audio/webm") }), 400, "invalid_audio");
    await expectError(await fetch(endpoint, { method: "POST", body: upload(new Uint8Array(), "audio/webm") }), 400, "empty_file");
  });

  it("400s a malformed request", async () => {
    const noFile = new FormData();
    noFile.set("model", "whisper-1");
    await expectError(await fetch(endpoint, { method: "POST", body: noFile }), 400, "missing_file");
    await expectError(await fetch(endpoint, { method: "POST", body: "{}" }), 400, "invalid_form");
    const srt = upload(fixture("speech.webm"), "audio/webm", { response_format: "srt" });
    await expectError(await fetch(endpoint, { method: "POST", body: srt }), 400, "unsupported_response_format");
    const french = upload(fixture("speech.webm"), "audio/webm", { language: "fr" });
    await expectError(await fetch(endpoint, { method: "POST", body: french }), 400, "unsupported_language");
  });
});

describe("speech server with Whisper base", () => {
  let server: SpeechServer;
  beforeAll(async () => {
    server = await startSpeechServer({ port: 0 });
    for (let waited = 0; ; waited += 250) {
      if ((await fetch(`${server.url}/health`)).status === 200) break;
      if (waited > 115_000) throw new Error("Whisper base did not load in time");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 120_000);
  afterAll(() => server.close());

  // The same speech whose margin transcription.test.ts checks: the recording, and Flite's own WAV of each sentence of the
  // end-to-end answer (a whole answer in one request is heard differently, with less margin).
  it.each([
    { name: "speech.webm (sentence 1)", type: "audio/webm;codecs=opus", sentences: [0], bytes: async () => fixture("speech.webm") },
    ...ANSWER_VOICES[0]!.map((voice, i) => ({
      name: `sentence ${i + 1} in ${voice}, a 16 kHz WAV`,
      type: "audio/wav",
      sentences: [i],
      bytes: async () => (await synthesize(ANSWER_SENTENCES[i]!.text, voice)).wav,
    })),
  ])("transcribes $name", async ({ type, sentences, bytes }) => {
    const response = await fetch(`${server.url}/v1/audio/transcriptions`, { method: "POST", body: upload(await bytes(), type) });
    expect(response.status).toBe(200);
    const { text } = (await response.json()) as { text: string };
    const heard = sentenceKeywordsHeard(text);
    for (const i of sentences) {
      expect(heard[i]!.length, `sentence ${i + 1} in "${text}"`).toBeGreaterThanOrEqual(ANSWER_SENTENCES[i]!.minHeard);
    }
  }, 120_000);
});

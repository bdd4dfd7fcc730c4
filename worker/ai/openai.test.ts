import { describe, expect, it } from "vitest";
import { encodeWav } from "../../app/audio/wav";
import { speechMp3 } from "../test/speech-mp3";
import { openAiProvider } from "./openai";
import { ProviderError } from "./provider";
import { collect, sampleRequest, sseStream } from "./test-request";

const chunk = (delta: Record<string, string>, finish: string | null = null) =>
  JSON.stringify({ id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta, finish_reason: finish }] });

/** A fake OpenAI-compatible server that records requests and answers with a canned response. */
function fakeServer(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push({ url, init });
    return respond(url, init);
  }) as typeof globalThis.fetch;
  return { requests, fetch };
}

const settings = { baseUrl: "https://llm.example/v1", apiKey: "sk-test", chatModel: "gpt-test", transcribeModel: "whisper-test" };

describe("openai provider", () => {
  it("streams chat completions with the interviewer prompt and the conversation", async () => {
    const server = fakeServer(
      () =>
        new Response(sseStream([chunk({ role: "assistant", content: "" }), chunk({ content: "Thanks. " }), chunk({ content: "Tell me about a disagreement?" }), chunk({}, "stop"), "[DONE]"]), {
          headers: { "content-type": "text/event-stream" },
        }),
    );
    const provider = openAiProvider({ ...settings, fetch: server.fetch });
    const text = await collect(provider.streamReply(sampleRequest, AbortSignal.timeout(5_000)));
    expect(text).toBe("Thanks. Tell me about a disagreement?");

    expect(server.requests).toHaveLength(1);
    const { url, init } = server.requests[0]!;
    expect(url).toBe("https://llm.example/v1/chat/completions");
    expect(new Headers(init.headers).get("authorization")).toBe("Bearer sk-test");
    const body = JSON.parse(String(init.body)) as { model: string; stream: boolean; messages: { role: string; content: string }[] };
    expect(body.model).toBe("gpt-test");
    expect(body.stream).toBe(true);
    expect(body.messages[0]).toMatchObject({ role: "system" });
    expect(body.messages[0]!.content).toContain("Backend Developer");
    expect(body.messages[0]!.content).toContain("Tell me about a disagreement at work.");
    expect(body.messages.slice(1)).toEqual([
      { role: "assistant", content: "How would you find a slow query?" },
      { role: "user", content: "I would look at the query plan." },
    ]);
  });

  it("turns an HTTP error, an error event and an empty stream into ProviderError", async () => {
    const failing = openAiProvider({ ...settings, fetch: fakeServer(() => new Response('{"error":{"message":"overloaded"}}', { status: 503 })).fetch });
    await expect(collect(failing.streamReply(sampleRequest, AbortSignal.timeout(5_000)))).rejects.toBeInstanceOf(ProviderError);

    const broken = openAiProvider({
      ...settings,
      fetch: fakeServer(() => new Response(sseStream([chunk({ content: "Hal" }), JSON.stringify({ error: { message: "model crashed" } })]))).fetch,
    });
    await expect(collect(broken.streamReply(sampleRequest, AbortSignal.timeout(5_000)))).rejects.toBeInstanceOf(ProviderError);

    const empty = openAiProvider({ ...settings, fetch: fakeServer(() => new Response(sseStream([chunk({}, "stop"), "[DONE]"]))).fetch });
    await expect(collect(empty.streamReply(sampleRequest, AbortSignal.timeout(5_000)))).rejects.toThrow(/empty reply/);
  });

  it("transcribes with a multipart upload of the segment", async () => {
    const server = fakeServer(() => Response.json({ text: " I used an index. " }));
    const provider = openAiProvider({ ...settings, fetch: server.fetch });
    const audio = new Uint8Array([26, 69, 223, 163, 1, 2, 3]);
    expect(await provider.transcribe({ bytes: audio, mimeType: "audio/webm;codecs=opus" }, AbortSignal.timeout(5_000))).toBe("I used an index.");

    const { url, init } = server.requests[0]!;
    expect(url).toBe("https://llm.example/v1/audio/transcriptions");
    expect(new Headers(init.headers).get("authorization")).toBe("Bearer sk-test");
    const form = init.body as FormData;
    const file = form.get("file") as File;
    expect(file.name).toBe("segment.webm");
    expect(file.type).toBe("audio/webm");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(audio);
    expect(form.get("model")).toBe("whisper-test");
    expect(form.get("language")).toBe("en");
    expect(form.get("response_format")).toBe("json");
    // A prompt with hesitations in it, so Whisper keeps more of the candidate's "um"s.
    expect(String(form.get("prompt"))).toMatch(/\bUmm\b.*\buh\b/);
    await provider.transcribe({ bytes: audio, mimeType: "audio/webm;codecs=opus" }, AbortSignal.timeout(5_000), { verbatimPrompt: false });
    expect((server.requests[1]!.init.body as FormData).has("prompt")).toBe(false);
  });

  it("names Safari's mp4 audio as m4a, and fails clearly without a transcript", async () => {
    const server = fakeServer(() => Response.json({ nope: true }));
    const provider = openAiProvider({ ...settings, fetch: server.fetch });
    await expect(provider.transcribe({ bytes: new Uint8Array([1]), mimeType: "audio/mp4" }, AbortSignal.timeout(5_000))).rejects.toThrow(
      "The speech-to-text service sent no transcript.",
    );
    expect(((server.requests[0]!.init.body as FormData).get("file") as File).name).toBe("segment.m4a");
  });

  it("tells audio the service refused apart from a service that is down", async () => {
    const audio = { bytes: new Uint8Array([1, 2, 3]), mimeType: "audio/webm;codecs=opus" };
    const refused = openAiProvider({ ...settings, fetch: fakeServer(() => Response.json({ error: { code: "invalid_audio" } }, { status: 400 })).fetch });
    await expect(refused.transcribe(audio, AbortSignal.timeout(5_000))).rejects.toThrow("The speech-to-text service could not read this recording (400).");
    const down = openAiProvider({ ...settings, fetch: fakeServer(() => new Response("overloaded", { status: 503 })).fetch });
    await expect(down.transcribe(audio, AbortSignal.timeout(5_000))).rejects.toThrow("The speech-to-text service answered 503.");
    const unreachable = openAiProvider({ ...settings, fetch: fakeServer(() => Promise.reject(new TypeError("fetch failed"))).fetch });
    await expect(unreachable.transcribe(audio, AbortSignal.timeout(5_000))).rejects.toThrow("The speech-to-text service could not be reached.");
    // A fetch that honours the signal, as the platform's does, against a server that never answers.
    const never = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    const slow = openAiProvider({ ...settings, fetch: never as typeof fetch });
    await expect(slow.transcribe(audio, AbortSignal.timeout(50))).rejects.toThrow("The speech-to-text service took too long to answer.");
  });

  it("speaks through /audio/speech with the configured model and the chosen voice, as MP3", async () => {
    const server = fakeServer(() => new Response(speechMp3(), { headers: { "content-type": "audio/mpeg" } }));
    const provider = openAiProvider({ ...settings, speechModel: "kokoro", voices: ["af_bella", "am_adam"], fetch: server.fetch });
    expect(provider.speech.info).toEqual({ label: "OpenAI-compatible (kokoro)", voices: ["af_bella", "am_adam"], defaultVoice: "af_bella" });
    const audio = await provider.speech.speak({ text: "Tell me about yourself.", voice: "am_adam" }, AbortSignal.timeout(5_000));
    expect(audio).toEqual({ bytes: speechMp3(), mimeType: "audio/mpeg" });
    const { url, init } = server.requests[0]!;
    expect(url).toBe("https://llm.example/v1/audio/speech");
    expect(init.method).toBe("POST");
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toBe("Bearer sk-test");
    expect(headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(String(init.body))).toEqual({ model: "kokoro", input: "Tell me about yourself.", voice: "am_adam", response_format: "mp3" });
  });

  it("defaults to OpenAI's tts-1 and alloy, and takes audio by its bytes, not its headers", async () => {
    const wav = encodeWav(new Float32Array(1600), 16_000);
    const server = fakeServer(() => new Response(wav, { headers: { "content-type": "application/octet-stream" } }));
    const provider = openAiProvider({ ...settings, fetch: server.fetch });
    expect(provider.speech.info.defaultVoice).toBe("alloy");
    expect(await provider.speech.speak({ text: "Hi.", voice: "alloy" }, AbortSignal.timeout(5_000))).toEqual({ bytes: wav, mimeType: "audio/wav" });
    expect(JSON.parse(String(server.requests[0]!.init.body))).toMatchObject({ model: "tts-1" });
  });

  it("turns an unreachable server, an error status or a body that is not audio into ProviderError", async () => {
    const speak = (respond: () => Response | Promise<Response>) =>
      openAiProvider({ ...settings, fetch: fakeServer(respond).fetch }).speech.speak({ text: "Hi.", voice: "alloy" }, AbortSignal.timeout(5_000));
    await expect(speak(() => Promise.reject(new TypeError("fetch failed")))).rejects.toThrow(/could not be reached/);
    await expect(speak(() => new Response(JSON.stringify({ error: { message: "Invalid voice" } }), { status: 400 }))).rejects.toThrow(/answered 400/);
    await expect(speak(() => new Response(JSON.stringify({ error: "nope" })))).rejects.toThrow(/sent no audio/);
    await expect(speak(() => new Response("<html>proxy error</html>"))).rejects.toBeInstanceOf(ProviderError);
  });

  it("says a speech service that answers too late is slow, not unreachable", async () => {
    const hang = fakeServer((_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason))));
    const provider = openAiProvider({ ...settings, fetch: hang.fetch });
    await expect(provider.speech.speak({ text: "Hi.", voice: "alloy" }, AbortSignal.timeout(50))).rejects.toThrow(/took too long/);
  });
});

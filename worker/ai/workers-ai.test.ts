import { describe, expect, it } from "vitest";
import { speechMp3 } from "../test/speech-mp3";
import { ProviderError } from "./provider";
import { collect, sampleRequest, sseStream } from "./test-request";
import { AURA_1_SPEAKERS, WORKERS_AI_DEFAULTS, workersAiProvider } from "./workers-ai";

interface Call {
  model: string;
  inputs: Record<string, unknown>;
  options: Record<string, unknown> | undefined;
}

/** A fake AI binding: records each run() and answers like Workers AI does. */
function fakeAi(answer: (call: Call) => unknown): { ai: Ai; calls: Call[] } {
  const calls: Call[] = [];
  const ai = {
    run: async (model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>) => {
      calls.push({ model, inputs, options });
      return answer({ model, inputs, options });
    },
  } as unknown as Ai;
  return { ai, calls };
}

describe("workers-ai provider", () => {
  it("transcribes with whisper-large-v3-turbo from base64 audio", async () => {
    const { ai, calls } = fakeAi(() => ({ text: " I profiled the query. ", transcription_info: { language: "en" } }));
    const provider = workersAiProvider(ai, WORKERS_AI_DEFAULTS);
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(await provider.transcribe({ bytes, mimeType: "audio/webm" }, AbortSignal.timeout(5_000))).toBe("I profiled the query.");
    expect(calls[0]!.model).toBe("@cf/openai/whisper-large-v3-turbo");
    const audio = calls[0]!.inputs.audio as string;
    expect(Uint8Array.from(atob(audio), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(calls[0]!.inputs.language).toBe("en");
    expect(String(calls[0]!.inputs.initial_prompt)).toMatch(/\bUmm\b.*\buh\b/);
    expect(calls[0]!.inputs.vad_filter).toBe(true);
    // Asked again without the prompt (a segment it sent Whisper into a loop on): no initial_prompt at all.
    await provider.transcribe({ bytes, mimeType: "audio/webm" }, AbortSignal.timeout(5_000), { verbatimPrompt: false });
    expect(calls[1]!.inputs).not.toHaveProperty("initial_prompt");
  });

  it("streams the reply from Workers AI's event stream", async () => {
    const { ai, calls } = fakeAi(() =>
      sseStream([
        JSON.stringify({ response: "Thanks. ", p: "abc" }),
        JSON.stringify({ response: "Tell me about a disagreement?" }),
        JSON.stringify({ response: "", usage: { prompt_tokens: 120, completion_tokens: 9, total_tokens: 129 } }),
        "[DONE]",
      ]),
    );
    const provider = workersAiProvider(ai, WORKERS_AI_DEFAULTS);
    expect(await collect(provider.streamReply(sampleRequest, AbortSignal.timeout(5_000)))).toBe("Thanks. Tell me about a disagreement?");
    expect(calls[0]!.model).toBe("@cf/meta/llama-4-scout-17b-16e-instruct");
    expect(calls[0]!.inputs.stream).toBe(true);
    const messages = calls[0]!.inputs.messages as { role: string; content: string }[];
    expect(messages[0]!.role).toBe("system");
    expect(messages[0]!.content).toContain("question 2 of 2");
    expect(messages.at(-1)).toEqual({ role: "user", content: "I would look at the query plan." });
  });

  it("reports a binding failure as ProviderError, never as text", async () => {
    const { ai } = fakeAi(() => {
      throw new Error("3040: Capacity temporarily exceeded");
    });
    const provider = workersAiProvider(ai, WORKERS_AI_DEFAULTS);
    await expect(provider.transcribe({ bytes: new Uint8Array([1]), mimeType: "audio/webm" }, AbortSignal.timeout(5_000))).rejects.toBeInstanceOf(ProviderError);
    await expect(collect(provider.streamReply(sampleRequest, AbortSignal.timeout(5_000)))).rejects.toBeInstanceOf(ProviderError);
  });

  it("speaks a sentence with aura-1 in the chosen speaker, as the raw MP3 response", async () => {
    const { ai, calls } = fakeAi(() => new Response(speechMp3(), { headers: { "content-type": "audio/mpeg" } }));
    const provider = workersAiProvider(ai, { ...WORKERS_AI_DEFAULTS, voice: "luna" });
    expect(provider.speech.info).toEqual({ label: "Workers AI (deepgram/aura-1)", voices: expect.arrayContaining([...AURA_1_SPEAKERS]), defaultVoice: "luna" });
    expect(provider.speech.info.voices[0]).toBe("luna");
    const audio = await provider.speech.speak({ text: "Tell me about yourself.", voice: "zeus" }, AbortSignal.timeout(5_000));
    expect(audio).toEqual({ bytes: speechMp3(), mimeType: "audio/mpeg" });
    expect(calls[0]).toMatchObject({ model: "@cf/deepgram/aura-1", inputs: { text: "Tell me about yourself.", speaker: "zeus" }, options: { returnRawResponse: true } });
  });

  it("offers only the configured voice of another speech model", () => {
    const { ai } = fakeAi(() => null);
    const provider = workersAiProvider(ai, { ...WORKERS_AI_DEFAULTS, speechModel: "@cf/deepgram/aura-2-en", voice: "thalia" });
    expect(provider.speech.info.voices).toEqual(["thalia"]);
  });

  it("reports speech that fails, errs or is not audio as ProviderError", async () => {
    const speak = (answer: () => unknown) => workersAiProvider(fakeAi(answer).ai, WORKERS_AI_DEFAULTS).speech.speak({ text: "Hi.", voice: "angus" }, AbortSignal.timeout(5_000));
    await expect(speak(() => Promise.reject(new Error("3040: Capacity temporarily exceeded")))).rejects.toThrow(/could not speak/);
    await expect(speak(() => new Response(JSON.stringify({ errors: [{ message: "bad" }] }), { status: 400 }))).rejects.toThrow(/answered 400/);
    await expect(speak(() => new Response(JSON.stringify({ audio: "not really" })))).rejects.toThrow(/sent no audio/);
    await expect(speak(() => new Response(""))).rejects.toBeInstanceOf(ProviderError);
  });
});

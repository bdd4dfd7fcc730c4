import { describe, expect, it } from "vitest";
import { ProviderError } from "./provider";
import { collect, sampleRequest, sseStream } from "./test-request";
import { WORKERS_AI_DEFAULTS, workersAiProvider } from "./workers-ai";

interface Call {
  model: string;
  inputs: Record<string, unknown>;
}

/** A fake AI binding: records each run() and answers like Workers AI does. */
function fakeAi(answer: (call: Call) => unknown): { ai: Ai; calls: Call[] } {
  const calls: Call[] = [];
  const ai = {
    run: async (model: string, inputs: Record<string, unknown>) => {
      calls.push({ model, inputs });
      return answer({ model, inputs });
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
});

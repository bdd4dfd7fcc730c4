// The production provider: Workers AI through the AI binding.
import { createWorkersAI } from "workers-ai-provider";
import { modelFeedbackSchema } from "../protocol/report";
import { ASSESS_SYSTEM_PROMPT, assessPrompt, chatMessages, systemPrompt } from "./prompt";
import { generateStructured } from "./structured";
import { VERBATIM_PROMPT } from "./verbatim-prompt";
import { ProviderError, type AiProvider, type AudioInput, type ReplyRequest, type AssessRequest } from "./provider";
import { streamModelText } from "./stream-text";

export const WORKERS_AI_DEFAULTS = {
  chatModel: "@cf/meta/llama-4-scout-17b-16e-instruct",
  transcribeModel: "@cf/openai/whisper-large-v3-turbo",
} as const;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked: String.fromCharCode(...bytes) overflows the stack for large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function workersAiProvider(ai: Ai, models: { chatModel: string; transcribeModel: string }): AiProvider {
  const workersai = createWorkersAI({ binding: ai });
  return {
    keepsHesitations: false,
    info: { name: "workers-ai", label: "Workers AI" },

    async transcribe(audio: AudioInput, signal: AbortSignal): Promise<string> {
      let result: unknown;
      try {
        result = await ai.run(
          models.transcribeModel as "@cf/openai/whisper-large-v3-turbo",
          // vad_filter: Whisper invents words ("you", "Thank you.") for silence; only speech reaches it.
          { audio: toBase64(audio.bytes), language: "en", task: "transcribe", initial_prompt: VERBATIM_PROMPT, vad_filter: true },
          { signal },
        );
      } catch (cause) {
        throw new ProviderError("Workers AI could not transcribe the audio.", { cause });
      }
      const text = (result as { text?: unknown } | null)?.text;
      if (typeof text !== "string") throw new ProviderError("Workers AI returned no transcript.");
      return text.trim();
    },

    assessAnswer(request: AssessRequest, signal: AbortSignal) {
      return generateStructured(workersai(models.chatModel), ASSESS_SYSTEM_PROMPT, assessPrompt(request), modelFeedbackSchema, signal);
    },

    streamReply(request: ReplyRequest, signal: AbortSignal) {
      return streamModelText(workersai(models.chatModel), systemPrompt(request), chatMessages(request), signal);
    },
  };
}

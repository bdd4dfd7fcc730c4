// Any OpenAI-compatible endpoint (OpenAI, Groq, Ollama, LM Studio, llama.cpp, vLLM, speaches):
// streamed chat completions and /audio/transcriptions.
import { createOpenAI } from "@ai-sdk/openai";
import { modelFeedbackSchema } from "../protocol/report";
import { ASSESS_SYSTEM_PROMPT, assessPrompt, chatMessages, systemPrompt } from "./prompt";
import { generateStructured } from "./structured";
import type { AiProvider, AssessRequest, AudioInput, ReplyRequest } from "./provider";
import { streamModelText } from "./stream-text";
import { transcribeOverHttp } from "./transcribe-http";

export interface OpenAiSettings {
  baseUrl: string;
  apiKey: string;
  chatModel: string;
  transcribeModel: string;
  /** Tests pass a fake; production uses the global fetch. */
  fetch?: typeof fetch;
}

export function openAiProvider(settings: OpenAiSettings): AiProvider {
  const openai = createOpenAI({ baseURL: settings.baseUrl, apiKey: settings.apiKey, fetch: settings.fetch });
  return {
    keepsHesitations: false,
    info: { name: "openai", label: `OpenAI-compatible (${settings.chatModel})` },

    transcribe(audio: AudioInput, signal: AbortSignal) {
      return transcribeOverHttp({ ...settings, model: settings.transcribeModel }, audio, signal);
    },

    assessAnswer(request: AssessRequest, signal: AbortSignal) {
      return generateStructured(openai.chat(settings.chatModel), ASSESS_SYSTEM_PROMPT, assessPrompt(request), modelFeedbackSchema, signal);
    },

    streamReply(request: ReplyRequest, signal: AbortSignal) {
      // .chat(): the Chat Completions API, which every compatible server speaks.
      return streamModelText(openai.chat(settings.chatModel), systemPrompt(request), chatMessages(request), signal);
    },
  };
}

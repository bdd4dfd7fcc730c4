// Any OpenAI-compatible endpoint (OpenAI, Groq, Ollama, LM Studio, llama.cpp, vLLM, speaches):
// streamed chat completions, /audio/transcriptions and /audio/speech.
import { createOpenAI } from "@ai-sdk/openai";
import { modelFeedbackSchema } from "../protocol/report";
import { modelPlanSchema } from "./model-plan";
import { ASSESS_SYSTEM_PROMPT, PLAN_SYSTEM_PROMPT, assessPrompt, chatMessages, planPrompt, systemPrompt } from "./prompt";
import { generateStructured } from "./structured";
import type { AiProvider, AssessRequest, AudioInput, JobPlanRequest, ReplyRequest, TranscribeOptions } from "./provider";
import { speakOverHttp } from "./speech-http";
import { streamModelText } from "./stream-text";
import { transcribeOverHttp } from "./transcribe-http";

/** OpenAI's own text-to-speech model and first voice; Kokoro-FastAPI and speaches name theirs differently (README). */
export const OPENAI_SPEECH_DEFAULTS = { speechModel: "tts-1", voices: ["alloy"] } as const;

export interface OpenAiSettings {
  baseUrl: string;
  apiKey: string;
  chatModel: string;
  transcribeModel: string;
  /** Text-to-speech model, the voice used unless the room chooses another, and the voices offered (the default first). */
  speechModel?: string;
  voices?: readonly [string, ...string[]];
  /** Tests pass a fake; production uses the global fetch. */
  fetch?: typeof fetch;
}

export function openAiProvider(settings: OpenAiSettings): AiProvider {
  const { speechModel, voices } = { ...OPENAI_SPEECH_DEFAULTS, ...settings };
  const openai = createOpenAI({ baseURL: settings.baseUrl, apiKey: settings.apiKey, fetch: settings.fetch });
  return {
    keepsHesitations: false,
    info: { name: "openai", label: `OpenAI-compatible (${settings.chatModel})` },

    transcribe(audio: AudioInput, signal: AbortSignal, options?: TranscribeOptions) {
      return transcribeOverHttp({ ...settings, model: settings.transcribeModel }, audio, signal, options);
    },

    speech: {
      info: { label: `OpenAI-compatible (${speechModel})`, voices: [...voices], defaultVoice: voices[0] },
      // mp3: what every compatible server (OpenAI, Kokoro-FastAPI, speaches) can send, and every browser play.
      speak: (request, signal) => speakOverHttp({ ...settings, model: speechModel, format: "mp3" }, request, signal),
    },

    assessAnswer(request: AssessRequest, signal: AbortSignal) {
      return generateStructured(openai.chat(settings.chatModel), ASSESS_SYSTEM_PROMPT, assessPrompt(request), modelFeedbackSchema, signal);
    },

    planForJob(request: JobPlanRequest, signal: AbortSignal) {
      return generateStructured(openai.chat(settings.chatModel), PLAN_SYSTEM_PROMPT, planPrompt(request), modelPlanSchema, signal);
    },

    streamReply(request: ReplyRequest, signal: AbortSignal) {
      // .chat(): the Chat Completions API, which every compatible server speaks.
      return streamModelText(openai.chat(settings.chatModel), systemPrompt(request), chatMessages(request), signal);
    },
  };
}

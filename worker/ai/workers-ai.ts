// The production provider: Workers AI through the AI binding (speech-to-text, the interviewer, its voice).
import { createWorkersAI } from "workers-ai-provider";
import { modelFeedbackSchema } from "../protocol/report";
import { modelPlanSchema } from "./model-plan";
import { ASSESS_SYSTEM_PROMPT, PLAN_SYSTEM_PROMPT, assessPrompt, chatMessages, planPrompt, systemPrompt } from "./prompt";
import { generateStructured } from "./structured";
import { VERBATIM_PROMPT } from "./verbatim-prompt";
import { ProviderError, type AiProvider, type AudioInput, type ReplyRequest, type AssessRequest, type JobPlanRequest, type SpeechRequest, type TranscribeOptions } from "./provider";
import { audioTypeOf } from "./speech-audio";
import { streamModelText } from "./stream-text";

export const WORKERS_AI_DEFAULTS = {
  chatModel: "@cf/meta/llama-4-scout-17b-16e-instruct",
  transcribeModel: "@cf/openai/whisper-large-v3-turbo",
  speechModel: "@cf/deepgram/aura-1",
  /** aura-1's own default speaker. */
  voice: "angus",
} as const;

/** aura-1's speakers (its `speaker` input, from the model's schema in @cloudflare/workers-types). */
export const AURA_1_SPEAKERS = ["angus", "asteria", "arcas", "orion", "orpheus", "athena", "luna", "zeus", "perseus", "helios", "hera", "stella"] as const;

export interface WorkersAiModels {
  chatModel: string;
  transcribeModel: string;
  speechModel: string;
  /** The speaker used unless the room chooses another; with aura-1 the room may choose any of AURA_1_SPEAKERS. */
  voice: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked: String.fromCharCode(...bytes) overflows the stack for large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function workersAiProvider(ai: Ai, models: WorkersAiModels): AiProvider {
  const workersai = createWorkersAI({ binding: ai });
  const voices = models.speechModel === WORKERS_AI_DEFAULTS.speechModel ? [models.voice, ...AURA_1_SPEAKERS.filter((v) => v !== models.voice)] : [models.voice];
  return {
    keepsHesitations: false,
    info: { name: "workers-ai", label: "Workers AI" },

    async transcribe(audio: AudioInput, signal: AbortSignal, { verbatimPrompt = true }: TranscribeOptions = {}): Promise<string> {
      let result: unknown;
      try {
        result = await ai.run(
          models.transcribeModel as "@cf/openai/whisper-large-v3-turbo",
          // vad_filter: Whisper invents words ("you", "Thank you.") for silence; only speech reaches it.
          { audio: toBase64(audio.bytes), language: "en", task: "transcribe", ...(verbatimPrompt ? { initial_prompt: VERBATIM_PROMPT } : {}), vad_filter: true },
          { signal },
        );
      } catch (cause) {
        throw new ProviderError("Workers AI could not transcribe the audio.", { cause });
      }
      const text = (result as { text?: unknown } | null)?.text;
      if (typeof text !== "string") throw new ProviderError("Workers AI returned no transcript.");
      return text.trim();
    },

    speech: {
      info: { label: `Workers AI (${models.speechModel.replace(/^@cf\//, "")})`, voices, defaultVoice: models.voice },
      async speak({ text, voice }: SpeechRequest, signal: AbortSignal) {
        let response: Response;
        try {
          // The raw response: aura answers with the audio itself (mp3 unless asked otherwise), not JSON.
          response = await ai.run(models.speechModel as "@cf/deepgram/aura-1", { text, speaker: voice as "angus" }, { signal, returnRawResponse: true });
        } catch (cause) {
          throw new ProviderError("Workers AI could not speak the text.", { cause });
        }
        if (!response.ok) throw new ProviderError(`Workers AI answered ${response.status} when asked to speak.`, { cause: (await response.text().catch(() => "")).slice(0, 500) });
        const bytes = new Uint8Array(await response.arrayBuffer());
        const mimeType = audioTypeOf(bytes);
        if (!mimeType) throw new ProviderError("Workers AI sent no audio.");
        return { bytes, mimeType };
      },
    },

    assessAnswer(request: AssessRequest, signal: AbortSignal) {
      return generateStructured(workersai(models.chatModel), ASSESS_SYSTEM_PROMPT, assessPrompt(request), modelFeedbackSchema, signal);
    },

    planForJob(request: JobPlanRequest, signal: AbortSignal) {
      return generateStructured(workersai(models.chatModel), PLAN_SYSTEM_PROMPT, planPrompt(request), modelPlanSchema, signal);
    },

    streamReply(request: ReplyRequest, signal: AbortSignal) {
      return streamModelText(workersai(models.chatModel), systemPrompt(request), chatMessages(request), signal);
    },
  };
}

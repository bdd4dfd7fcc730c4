// Picks the AI provider from the Worker's configuration (wrangler vars, secrets, .dev.vars).
// Nothing configured means offline, so a fresh checkout works with no account.
import { z } from "zod";
import { FLITE_VOICES } from "./local-voices";
import { offlineProvider } from "./offline-provider";
import { OPENAI_SPEECH_DEFAULTS, openAiProvider } from "./openai";
import type { AiProvider } from "./provider";
import { AURA_1_SPEAKERS, WORKERS_AI_DEFAULTS, workersAiProvider } from "./workers-ai";

/** "alloy, nova" → ["alloy", "nova"]: the voices a room may choose, the first the default. */
const voiceList = z
  .string()
  .transform((list) => list.split(",").map((voice) => voice.trim()).filter(Boolean))
  .pipe(z.tuple([z.string().max(64)], z.string().max(64)));

const configSchema = z.object({
  AI_PROVIDER: z.enum(["offline", "workers-ai", "openai"]).default("offline"),
  LOCAL_SPEECH_URL: z.url().default("http://127.0.0.1:8788"),
  WORKERS_AI_CHAT_MODEL: z.string().min(1).default(WORKERS_AI_DEFAULTS.chatModel),
  WORKERS_AI_TRANSCRIBE_MODEL: z.string().min(1).default(WORKERS_AI_DEFAULTS.transcribeModel),
  WORKERS_AI_TTS_MODEL: z.string().min(1).default(WORKERS_AI_DEFAULTS.speechModel),
  WORKERS_AI_TTS_VOICE: z.string().min(1).max(64).default(WORKERS_AI_DEFAULTS.voice),
  LOCAL_TTS_VOICE: z.enum(FLITE_VOICES).default("slt"),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_CHAT_MODEL: z.string().min(1).optional(),
  OPENAI_TRANSCRIBE_MODEL: z.string().min(1).default("whisper-1"),
  OPENAI_TTS_MODEL: z.string().min(1).default(OPENAI_SPEECH_DEFAULTS.speechModel),
  OPENAI_TTS_VOICES: voiceList.default([...OPENAI_SPEECH_DEFAULTS.voices]),
});

export class ProviderConfigError extends Error {
  override name = "ProviderConfigError";
}

export function selectProvider(env: Env): AiProvider {
  const parsed = configSchema.safeParse({ ...env, AI_PROVIDER: env.AI_PROVIDER || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProviderConfigError(`AI configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const config = parsed.data;
  switch (config.AI_PROVIDER) {
    case "offline":
      return offlineProvider({ speechUrl: config.LOCAL_SPEECH_URL, voice: config.LOCAL_TTS_VOICE });
    case "workers-ai":
      if (config.WORKERS_AI_TTS_MODEL === WORKERS_AI_DEFAULTS.speechModel && !(AURA_1_SPEAKERS as readonly string[]).includes(config.WORKERS_AI_TTS_VOICE)) {
        throw new ProviderConfigError(`AI configuration: WORKERS_AI_TTS_VOICE must be one of aura-1's speakers: ${AURA_1_SPEAKERS.join(", ")}.`);
      }
      return workersAiProvider(env.AI, {
        chatModel: config.WORKERS_AI_CHAT_MODEL,
        transcribeModel: config.WORKERS_AI_TRANSCRIBE_MODEL,
        speechModel: config.WORKERS_AI_TTS_MODEL,
        voice: config.WORKERS_AI_TTS_VOICE,
      });
    case "openai":
      if (!config.OPENAI_BASE_URL || !config.OPENAI_CHAT_MODEL) {
        throw new ProviderConfigError("AI configuration: AI_PROVIDER=openai needs OPENAI_BASE_URL and OPENAI_CHAT_MODEL.");
      }
      return openAiProvider({
        baseUrl: config.OPENAI_BASE_URL,
        apiKey: config.OPENAI_API_KEY ?? "",
        chatModel: config.OPENAI_CHAT_MODEL,
        transcribeModel: config.OPENAI_TRANSCRIBE_MODEL,
        speechModel: config.OPENAI_TTS_MODEL,
        voices: config.OPENAI_TTS_VOICES,
      });
  }
}

// Picks the AI provider from the Worker's configuration (wrangler vars, secrets, .dev.vars).
// Nothing configured means offline, so a fresh checkout works with no account.
import { z } from "zod";
import { offlineProvider } from "./offline-provider";
import { openAiProvider } from "./openai";
import type { AiProvider } from "./provider";
import { WORKERS_AI_DEFAULTS, workersAiProvider } from "./workers-ai";

const configSchema = z.object({
  AI_PROVIDER: z.enum(["offline", "workers-ai", "openai"]).default("offline"),
  LOCAL_SPEECH_URL: z.url().default("http://127.0.0.1:8788"),
  WORKERS_AI_CHAT_MODEL: z.string().min(1).default(WORKERS_AI_DEFAULTS.chatModel),
  WORKERS_AI_TRANSCRIBE_MODEL: z.string().min(1).default(WORKERS_AI_DEFAULTS.transcribeModel),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_CHAT_MODEL: z.string().min(1).optional(),
  OPENAI_TRANSCRIBE_MODEL: z.string().min(1).default("whisper-1"),
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
      return offlineProvider({ speechUrl: config.LOCAL_SPEECH_URL });
    case "workers-ai":
      return workersAiProvider(env.AI, { chatModel: config.WORKERS_AI_CHAT_MODEL, transcribeModel: config.WORKERS_AI_TRANSCRIBE_MODEL });
    case "openai":
      if (!config.OPENAI_BASE_URL || !config.OPENAI_CHAT_MODEL) {
        throw new ProviderConfigError("AI configuration: AI_PROVIDER=openai needs OPENAI_BASE_URL and OPENAI_CHAT_MODEL.");
      }
      return openAiProvider({
        baseUrl: config.OPENAI_BASE_URL,
        apiKey: config.OPENAI_API_KEY ?? "",
        chatModel: config.OPENAI_CHAT_MODEL,
        transcribeModel: config.OPENAI_TRANSCRIBE_MODEL,
      });
  }
}

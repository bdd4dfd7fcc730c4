// Tests how configuration picks the interviewer's voice: defaults per provider, voices offered, and settings refused.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ProviderConfigError, selectProvider } from "./select-provider";

const configured = (vars: Record<string, string>) => selectProvider({ ...env, ...vars } as Env);

describe("speech-out configuration", () => {
  it("speaks offline with Flite, slt unless another local voice is set", () => {
    expect(configured({ AI_PROVIDER: "offline" }).speech.info).toEqual({ label: "Flite on this computer", voices: ["slt", "rms", "awb", "kal16"], defaultVoice: "slt" });
    expect(configured({ AI_PROVIDER: "offline", LOCAL_TTS_VOICE: "awb" }).speech.info.defaultVoice).toBe("awb");
    expect(() => configured({ AI_PROVIDER: "offline", LOCAL_TTS_VOICE: "alloy" })).toThrow(ProviderConfigError);
  });

  it("offers aura-1's speakers with the configured one first, and refuses a speaker aura-1 does not have", () => {
    const info = configured({ AI_PROVIDER: "workers-ai", WORKERS_AI_TTS_VOICE: "luna" }).speech.info;
    expect(info.defaultVoice).toBe("luna");
    expect(info.voices).toHaveLength(12);
    expect(info.voices[0]).toBe("luna");
    expect(() => configured({ AI_PROVIDER: "workers-ai", WORKERS_AI_TTS_VOICE: "alloy" })).toThrow(/aura-1's speakers/);
    expect(configured({ AI_PROVIDER: "workers-ai", WORKERS_AI_TTS_MODEL: "@cf/deepgram/aura-2-en", WORKERS_AI_TTS_VOICE: "thalia" }).speech.info.voices).toEqual(["thalia"]);
  });

  it("reads an OpenAI-compatible server's voices as a list, the first the default", () => {
    const base = { AI_PROVIDER: "openai", OPENAI_BASE_URL: "http://127.0.0.1:8880/v1", OPENAI_CHAT_MODEL: "llama3.2" };
    expect(configured(base).speech.info).toEqual({ label: "OpenAI-compatible (tts-1)", voices: ["alloy"], defaultVoice: "alloy" });
    const kokoro = configured({ ...base, OPENAI_TTS_MODEL: "kokoro", OPENAI_TTS_VOICES: " af_bella, am_adam ," }).speech.info;
    expect(kokoro).toEqual({ label: "OpenAI-compatible (kokoro)", voices: ["af_bella", "am_adam"], defaultVoice: "af_bella" });
    expect(() => configured({ ...base, OPENAI_TTS_VOICES: " , " })).toThrow(ProviderConfigError);
  });
});

// Tests the local speech server's POST /v1/audio/speech: Flite speech as 16 kHz mono WAV that Silero hears as
// speech, the speed it asks for, and 400 JSON errors for requests it cannot speak.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeToPcm } from "./decode.ts";
import { MAX_TEXT_CHARS } from "./flite.ts";
import { startSpeechServer, type SpeechEngine, type SpeechServer } from "./server.ts";
import { segmentSpeech } from "./vad.ts";

// Speech out needs no Whisper: a stand-in that never loads keeps this test light.
const engine: SpeechEngine = { load: () => new Promise(() => undefined), isReady: () => false, transcribe: async () => ({ text: "" }) };
const QUESTION = "Tell me about a time you made a slow query fast.";

describe("POST /v1/audio/speech", () => {
  let server: SpeechServer;
  let endpoint: string;
  beforeAll(async () => {
    server = await startSpeechServer({ port: 0, engine });
    endpoint = `${server.url}/v1/audio/speech`;
  });
  afterAll(() => server.close());

  const post = (body: unknown) =>
    fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

  async function expectRefusal(body: unknown, code: string, param: string | null) {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json");
    const { error } = (await response.json()) as { error: { message: string; type: string; code: string; param: string | null } };
    expect(error).toMatchObject({ type: "invalid_request_error", code, param });
    expect(error.message.length).toBeGreaterThan(10);
  }

  it("speaks OpenAI's request as a 16 kHz mono WAV with speech in it", async () => {
    const response = await post({ model: "flite", input: QUESTION, voice: "slt", response_format: "wav" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    const audio = await decodeToPcm(new Uint8Array(await response.arrayBuffer()), "audio/wav");
    expect(audio.sourceSampleRate).toBe(16_000);
    expect(audio.sourceChannels).toBe(1);
    // Eleven words at a speaking pace, most of it voiced.
    expect(audio.durationSeconds).toBeGreaterThan(2);
    expect(audio.durationSeconds).toBeLessThan(6);
    const voicedMs = (await segmentSpeech(audio.pcm)).reduce((sum, s) => sum + s.voicedMs, 0);
    expect(voicedMs / 1000).toBeGreaterThan(audio.durationSeconds * 0.6);
  });

  it("speaks faster or slower as asked, and wav is the default format", async () => {
    const durationAt = async (speed?: number) => {
      const response = await post({ model: "flite", input: QUESTION, voice: "rms", ...(speed !== undefined && { speed }) });
      expect(response.status).toBe(200);
      return (await decodeToPcm(new Uint8Array(await response.arrayBuffer()), "audio/wav")).durationSeconds;
    };
    const [natural, fast, slow] = await Promise.all([durationAt(), durationAt(2), durationAt(0.5)]);
    expect(fast).toBeLessThan(natural * 0.7);
    expect(slow).toBeGreaterThan(natural * 1.5);
  });

  it("400s what it cannot speak, naming the field", async () => {
    await expectRefusal({ model: "flite", input: QUESTION, voice: "alloy" }, "invalid_voice", "voice");
    await expectRefusal({ model: "flite", input: QUESTION }, "invalid_voice", "voice");
    await expectRefusal({ model: "flite", input: "", voice: "slt" }, "invalid_text", "input");
    await expectRefusal({ model: "flite", input: " ... ", voice: "slt" }, "invalid_text", "input");
    await expectRefusal({ model: "flite", input: "a".repeat(MAX_TEXT_CHARS + 1), voice: "slt" }, "invalid_text", "input");
    await expectRefusal({ model: "flite", voice: "slt" }, "missing_input", "input");
    await expectRefusal({ model: "flite", input: QUESTION, voice: "slt", speed: 5 }, "invalid_speed", "speed");
    await expectRefusal({ model: "flite", input: QUESTION, voice: "slt", speed: "fast" }, "invalid_speed", "speed");
    await expectRefusal({ model: "flite", input: QUESTION, voice: "slt", response_format: "mp3" }, "unsupported_response_format", "response_format");
    await expectRefusal("not json", "invalid_json", null);
    await expectRefusal([QUESTION], "invalid_json", null);
  });

  it("405s a GET", async () => {
    const response = await fetch(endpoint);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

// POST /v1/audio/speech on the local speech server: OpenAI's text-to-speech request, spoken by Flite. The offline
// provider calls it for the interviewer's voice.
import { FLITE_VOICES, SpeechSynthesisError, isFliteVoice, synthesize } from "./flite.ts";

/** What the route answers: a WAV body, or an error for the server to send as JSON. */
export type SpeechResult = { ok: true; wav: Uint8Array } | { ok: false; status: number; code: string; message: string; param: string | null };

/** Flite writes WAV only; OpenAI's default (mp3) and the other formats would need an encoder. */
const RESPONSE_FORMATS = new Set(["wav"]);

const refuse = (code: string, message: string, param: string | null): SpeechResult => ({ ok: false, status: 400, code, message, param });

/**
 * Speaks one request body: JSON `{model, input, voice, response_format?, speed?}` as OpenAI defines it, `model`
 * naming whatever the client was configured with. 400 for a body that is not that shape, an unknown voice, text
 * with no words or longer than MAX_TEXT_CHARS, a format other than wav, or a speed outside SPEED_MIN…SPEED_MAX.
 * Throws only when Flite itself fails (the server answers 500).
 */
export async function speak(body: Uint8Array): Promise<SpeechResult> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return refuse("invalid_json", "Send a JSON body: {model, input, voice}.", null);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return refuse("invalid_json", "Send a JSON object: {model, input, voice}.", null);
  const { input, voice, response_format: format = "wav", speed = 1 } = json as Record<string, unknown>;
  if (typeof input !== "string") return refuse("missing_input", "`input` must be the text to speak.", "input");
  if (typeof voice !== "string" || !isFliteVoice(voice)) {
    return refuse("invalid_voice", `\`voice\` must be one of ${FLITE_VOICES.join(", ")}.`, "voice");
  }
  if (typeof format !== "string" || !RESPONSE_FORMATS.has(format)) {
    return refuse("unsupported_response_format", "response_format must be wav.", "response_format");
  }
  if (typeof speed !== "number") return refuse("invalid_speed", "`speed` must be a number.", "speed");
  try {
    return { ok: true, wav: (await synthesize(input, voice, { speed })).wav };
  } catch (error) {
    if (!(error instanceof SpeechSynthesisError)) throw error;
    const param = error.code === "invalid_text" ? "input" : error.code === "invalid_speed" ? "speed" : "voice";
    return refuse(error.code, error.message, param);
  }
}

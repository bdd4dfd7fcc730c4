// Text-to-speech over the OpenAI-compatible HTTP API (POST {base}/audio/speech, JSON in, audio out): the openai
// provider's voice (OpenAI, Kokoro-FastAPI, speaches) and the offline provider's (the local speech server's Flite).
import { ProviderError, type SpeechAudio, type SpeechRequest } from "./provider";
import { audioTypeOf } from "./speech-audio";

/**
 * Speaks one sentence: `{model, input, voice, response_format}` at the service's natural speed (the room changes the
 * pace by playback rate, so stored audio serves every listener). Throws ProviderError when the service cannot be
 * reached, answers an error status, or sends something that is not audio.
 */
export async function speakOverHttp(
  options: { baseUrl: string; apiKey?: string; model: string; format: "mp3" | "wav"; fetch?: typeof fetch },
  request: SpeechRequest,
  signal: AbortSignal,
): Promise<SpeechAudio> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/$/, "")}/audio/speech`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({ model: options.model, input: request.text, voice: request.voice, response_format: options.format }),
      signal,
    });
  } catch (cause) {
    // Too slow is not down: the next sentence may well be spoken in time.
    if (signal.aborted) throw new ProviderError("The text-to-speech service took too long to answer.", { cause });
    throw new ProviderError("The text-to-speech service could not be reached.", { cause });
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => "");
    throw new ProviderError(`The text-to-speech service answered ${response.status}.`, { cause: detail.slice(0, 500) });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const mimeType = audioTypeOf(bytes);
  if (!mimeType) throw new ProviderError("The text-to-speech service sent no audio.");
  return { bytes, mimeType };
}

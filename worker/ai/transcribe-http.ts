// Speech-to-text over the OpenAI-compatible HTTP API (POST {base}/audio/transcriptions, multipart).
// Used by the openai provider and by the offline provider's local Whisper server.
import { VERBATIM_PROMPT } from "./verbatim-prompt";
import { ProviderError, type AudioInput, type TranscribeOptions } from "./provider";

const extensionFor = (mimeType: string) =>
  mimeType.startsWith("audio/mp4") ? "m4a" : mimeType.startsWith("audio/ogg") ? "ogg" : mimeType.startsWith("audio/wav") ? "wav" : "webm";

export async function transcribeOverHttp(
  options: { baseUrl: string; apiKey?: string; model: string; fetch?: typeof fetch },
  audio: AudioInput,
  signal: AbortSignal,
  { verbatimPrompt = true }: TranscribeOptions = {},
): Promise<string> {
  const form = new FormData();
  const type = audio.mimeType.split(";")[0]!;
  form.set("file", new File([audio.bytes], `segment.${extensionFor(audio.mimeType)}`, { type }));
  form.set("model", options.model);
  form.set("language", "en");
  form.set("response_format", "json");
  if (verbatimPrompt) form.set("prompt", VERBATIM_PROMPT);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/$/, "")}/audio/transcriptions`, {
      method: "POST",
      headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
      body: form,
      signal,
    });
  } catch (cause) {
    // A busy service that answers too late is not one that is down: say which, so the candidate knows retrying may help.
    if (signal.aborted) throw new ProviderError("The speech-to-text service took too long to answer.", { cause });
    throw new ProviderError("The speech-to-text service could not be reached.", { cause });
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => "");
    // 400, 413, 415, 422: the audio itself was refused, and sending the same bytes again will not help.
    const unreadable = [400, 413, 415, 422].includes(response.status);
    const message = unreadable
      ? `The speech-to-text service could not read this recording (${response.status}).`
      : `The speech-to-text service answered ${response.status}.`;
    throw new ProviderError(message, { cause: detail.slice(0, 500) });
  }
  const body = (await response.json().catch(() => null)) as { text?: unknown } | null;
  if (typeof body?.text !== "string") throw new ProviderError("The speech-to-text service sent no transcript.");
  return body.text.trim();
}

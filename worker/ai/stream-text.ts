// Streams a chat model's reply through the AI SDK, turning its error parts into ProviderError
// (textStream alone would end quietly on an error, which would look like an empty reply).
import { streamText, type LanguageModel, type ModelMessage } from "ai";
import { ProviderError } from "./provider";

export async function* streamModelText(
  model: LanguageModel,
  system: string,
  messages: ModelMessage[],
  signal: AbortSignal,
): AsyncIterable<string> {
  // Errors arrive as "error" parts below; the default onError would only log them a second time.
  const result = streamText({ model, system, messages, abortSignal: signal, maxRetries: 1, onError: () => {} });
  let produced = false;
  for await (const part of result.fullStream) {
    if (part.type === "text-delta") {
      if (part.text) produced = true;
      yield part.text;
    } else if (part.type === "error") {
      throw new ProviderError("The interviewer model failed to answer.", { cause: part.error });
    } else if (part.type === "abort") {
      throw new ProviderError("The interviewer model took too long to answer.");
    }
  }
  if (!produced) throw new ProviderError("The interviewer model returned an empty reply.");
}

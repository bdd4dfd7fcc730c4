// Asks a chat model for JSON matching a schema, through the AI SDK. Output that is not valid JSON
// for the schema comes back as InvalidModelOutput (so the caller can ask once more); a failing
// provider as ProviderError.
import { generateText, NoObjectGeneratedError, Output, type LanguageModel } from "ai";
import type { core } from "zod/mini";
import { ProviderError } from "./provider";

export class InvalidModelOutput extends Error {
  override name = "InvalidModelOutput";
}

export async function generateStructured<S extends core.$ZodType>(
  model: LanguageModel,
  system: string,
  prompt: string,
  schema: S,
  signal: AbortSignal,
): Promise<core.output<S>> {
  try {
    const result = await generateText({ model, system, prompt, output: Output.object({ schema }), abortSignal: signal, maxRetries: 1 });
    return result.output as core.output<S>;
  } catch (error) {
    if (NoObjectGeneratedError.isInstance(error)) {
      throw new InvalidModelOutput(`The output did not match the required JSON schema: ${error.message}`.slice(0, 500));
    }
    throw new ProviderError("The feedback model failed to answer.", { cause: error });
  }
}

// Turns a schema failure into one message per field: the API answers with it, forms show it.
import type { $ZodError } from "zod/v4/core";

/** Works for failures of classic and mini schemas alike: both raise the core error. */
export function fieldErrorsOf(error: $ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

// Request validators built from the shared schemas; a failure becomes a 400 with field-level messages.
import { validator } from "hono/validator";
import { safeParse, type core } from "zod/mini";
import { fieldErrorsOf } from "../protocol/field-errors";
import { ApiError } from "./api-error";

function check<T extends core.$ZodType>(schema: T, value: unknown): core.output<T> {
  const result = safeParse(schema, value);
  if (!result.success) {
    throw new ApiError(400, "validation_failed", "Some fields need attention.", fieldErrorsOf(result.error));
  }
  return result.data;
}

export const jsonBody = <T extends core.$ZodType>(schema: T) =>
  validator("json", (value) => check(schema, value));

export const queryParams = <T extends core.$ZodType>(schema: T) =>
  validator("query", (value) => check(schema, value));

// Request validators built from the shared schemas; a failure becomes a 400 with field-level messages.
import { validator } from "hono/validator";
import type { z } from "zod";
import { fieldErrorsOf } from "../protocol/field-errors";
import { ApiError } from "./api-error";

function check<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiError(400, "validation_failed", "Some fields need attention.", fieldErrorsOf(result.error));
  }
  return result.data;
}

export const jsonBody = <T extends z.ZodType>(schema: T) =>
  validator("json", (value) => check(schema, value));

export const queryParams = <T extends z.ZodType>(schema: T) =>
  validator("query", (value) => check(schema, value));

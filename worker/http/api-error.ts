// Errors the API answers with, and the handler that turns any thrown error into the one JSON shape.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ApiErrorBody, ErrorCode } from "../protocol/errors";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "Not found.") => new ApiError(404, "not_found", what);
export const unauthorized = () => new ApiError(401, "unauthorized", "Please sign in.");

export function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof ApiError) {
    const body: ApiErrorBody = {
      error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) },
    };
    return c.json(body, error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own body parsing failures (malformed JSON, wrong Content-Type).
    const body: ApiErrorBody = { error: { code: "bad_request", message: error.message } };
    return c.json(body, error.status as ContentfulStatusCode);
  }
  console.error("unhandled error", error);
  const body: ApiErrorBody = { error: { code: "internal", message: "Something went wrong on our side." } };
  return c.json(body, 500);
}

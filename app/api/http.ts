// The SPA's one way to call the API: JSON in, schema-checked JSON out, failures as ApiRequestError.
import { parse, type core } from "zod/mini";
import { apiErrorSchema, type ErrorCode } from "../../worker/protocol/errors";

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

let onUnauthorized: () => void = () => {};

/** Called whenever the server says the session is gone, so the app can send the user to sign in. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = "GET" | "POST" | "DELETE";

export async function request<S extends core.$ZodType>(
  method: Method,
  path: string,
  options: { body?: unknown; schema: S },
): Promise<core.output<S>>;
export async function request(method: Method, path: string, options?: { body?: unknown }): Promise<void>;
export async function request(
  method: Method,
  path: string,
  options: { body?: unknown; schema?: core.$ZodType } = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: "same-origin",
      headers: options.body === undefined ? {} : { "Content-Type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiRequestError(0, "network", "Can't reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw await toError(response);
  if (!options.schema) return undefined;
  return parse(options.schema, await response.json());
}

async function toError(response: Response): Promise<ApiRequestError> {
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
  if (response.status === 401) onUnauthorized();
  if (!parsed.success) {
    return new ApiRequestError(response.status, "internal", `The server answered ${response.status}. Please try again.`);
  }
  const { code, message, fields } = parsed.data.error;
  return new ApiRequestError(response.status, code, message, fields);
}

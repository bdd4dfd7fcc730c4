// Limits how often one visitor (an IP address, whatever username it tries) may call a route, with the
// Workers Rate Limiting binding. Counts are per Cloudflare location and approximate, which is enough
// to stop one address from creating accounts or guessing passwords at scale.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";
import { ApiError } from "./api-error";

/** The binding's period, in seconds: a refused visitor may try again after it. */
const PERIOD_SECONDS = 60;

/** Cloudflare sets CF-Connecting-IP on every request and overwrites any value a client sends. */
const visitorOf = (request: Request) => request.headers.get("CF-Connecting-IP") ?? "unknown";

export const limitPerVisitor = (binding: "REGISTER_LIMITER" | "SIGN_IN_LIMITER", message: string) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { success } = await c.env[binding].limit({ key: visitorOf(c.req.raw) });
    if (!success) throw new ApiError(429, "rate_limited", message, undefined, { "Retry-After": String(PERIOD_SECONDS) });
    await next();
  });

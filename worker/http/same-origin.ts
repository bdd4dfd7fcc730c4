// Refuses state-changing requests and WebSocket upgrades that a browser sent from another origin.
// Cookies are SameSite, but this also covers old browsers and sibling subdomains.
import { createMiddleware } from "hono/factory";
import { ApiError } from "./api-error";

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("Origin");
  // Non-browser clients send no Origin; they also carry no ambient cookies.
  if (origin === null) return true;
  return origin === new URL(request.url).origin;
}

export const sameOriginOnly = createMiddleware(async (c, next) => {
  const isWrite = c.req.method !== "GET" && c.req.method !== "HEAD";
  const isUpgrade = c.req.header("Upgrade")?.toLowerCase() === "websocket";
  if ((isWrite || isUpgrade) && !isSameOrigin(c.req.raw)) {
    throw new ApiError(403, "forbidden", "Requests from other sites are not allowed.");
  }
  await next();
});

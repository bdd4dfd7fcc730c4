// The session cookie: "<username>.<token>". The username routes the request to the user's
// Durable Object; the token is what proves it, checked there against its stored hash.
//
// Over https the cookie is "__Host-session" (Secure, no Domain, Path=/), so neither plain http
// nor a sibling subdomain can set or read it. Over http (only localhost during development)
// browsers refuse Secure cookies outside localhost, so it is a plain "session" cookie there.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { usernameSchema } from "../protocol/rest";
import { TOKEN_PATTERN } from "./session-token";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const isHttps = (c: Context) => new URL(c.req.url).protocol === "https:";
const cookieName = (c: Context) => (isHttps(c) ? "__Host-session" : "session");

export interface SessionCookie {
  username: string;
  token: string;
}

export function readSessionCookie(c: Context): SessionCookie | null {
  const value = getCookie(c, cookieName(c));
  if (!value) return null;
  const separator = value.indexOf(".");
  if (separator < 0) return null;
  const username = value.slice(0, separator);
  const token = value.slice(separator + 1);
  const parsed = usernameSchema.safeParse(username);
  if (!parsed.success || parsed.data !== username || !TOKEN_PATTERN.test(token)) return null;
  return { username, token };
}

export function writeSessionCookie(c: Context, session: SessionCookie): void {
  setCookie(c, cookieName(c), `${session.username}.${session.token}`, {
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Strict",
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, cookieName(c), { path: "/", secure: isHttps(c) });
}

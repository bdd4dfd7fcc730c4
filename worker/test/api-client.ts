// Helpers for Worker tests: call the real Worker (in workerd) the way a browser would, cookie included.
import { SELF } from "cloudflare:test";

export const ORIGIN = "http://app.test";

export interface TestUser {
  username: string;
  password: string;
  cookie: string;
}

let visitors = 0;
/** A fresh client address, as Cloudflare would set it: tests share the per-visitor limits only when they mean to. */
export const newVisitorIp = () => `10.${(visitors >> 16) & 255}.${(visitors >> 8) & 255}.${visitors++ & 255}`;

export function api(path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("CF-Connecting-IP")) headers.set("CF-Connecting-IP", newVisitorIp());
  if (init.cookie) headers.set("Cookie", init.cookie);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  return SELF.fetch(`${ORIGIN}/api/v1${path}`, { ...init, headers, body });
}

/** The `name=value` pair of the session cookie a response set. */
export function sessionCookieFrom(response: Response): string {
  const header = response.headers.get("Set-Cookie") ?? "";
  const pair = header.split(";")[0] ?? "";
  if (!pair.startsWith("session=")) throw new Error(`no session cookie in: ${header}`);
  return pair;
}

let counter = 0;
export async function registerUser(prefix = "user"): Promise<TestUser> {
  const username = `${prefix}-${Date.now().toString(36)}-${counter++}`;
  const password = "correct horse battery";
  const response = await api("/auth/register", { method: "POST", json: { username, password } });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${await response.text()}`);
  return { username, password, cookie: sessionCookieFrom(response) };
}

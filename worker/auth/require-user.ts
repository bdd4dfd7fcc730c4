// Middleware for every route that needs a signed-in user: the session cookie must name a user
// whose Durable Object holds the hash of its token, unexpired. Anything else is 401.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";
import { unauthorized } from "../http/api-error";
import { readSessionCookie } from "./session-cookie";

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const cookie = readSessionCookie(c);
  if (!cookie) throw unauthorized();
  const object = c.env.USERS.getByName(cookie.username);
  if (!(await object.isLiveSession(cookie.token))) throw unauthorized();
  c.set("user", { ...cookie, object });
  await next();
});

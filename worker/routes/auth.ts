// /api/v1/auth: register, sign in, sign out, and who am I.
import { Hono } from "hono";
import type { AppEnv } from "../app-env";
import { requireUser } from "../auth/require-user";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../auth/session-cookie";
import { ApiError } from "../http/api-error";
import { jsonBody } from "../http/validate";
import { limitPerVisitor } from "../http/visitor-limit";
import { countOf } from "../protocol/plural";
import { loginSchema, registerSchema, type Me } from "../protocol/rest";

const invalidCredentials = () => new ApiError(401, "unauthorized", "Username or password is incorrect.");

export const authRoutes = new Hono<AppEnv>()
  .post("/register", limitPerVisitor("REGISTER_LIMITER", "Too many new accounts from your network. Try again in a minute."), jsonBody(registerSchema), async (c) => {
    const { username, password } = c.req.valid("json");
    const result = await c.env.USERS.getByName(username).register(username, password);
    if (!result.ok) {
      throw new ApiError(409, "conflict", "That username is taken.", { username: "That username is taken." });
    }
    writeSessionCookie(c, { username, token: result.token });
    return c.json({ username } satisfies Me, 201);
  })
  .post("/login", limitPerVisitor("SIGN_IN_LIMITER", "Too many sign-in attempts from your network. Try again in a minute."), jsonBody(loginSchema), async (c) => {
    const { username, password } = c.req.valid("json");
    // A name no account could have cannot sign in; it also never creates an object.
    if (!/^[a-z0-9][a-z0-9_-]{2,31}$/.test(username)) throw invalidCredentials();
    const result = await c.env.USERS.getByName(username).login(password);
    if (!result.ok && result.reason === "throttled") {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      throw new ApiError(
        429,
        "rate_limited",
        `Too many failed sign-ins. Try again in ${countOf(minutes, "minute")}.`,
        undefined,
        { "Retry-After": String(result.retryAfterSeconds) },
      );
    }
    if (!result.ok) throw invalidCredentials();
    writeSessionCookie(c, { username, token: result.token });
    return c.json({ username } satisfies Me);
  })
  .post("/logout", async (c) => {
    const cookie = readSessionCookie(c);
    if (cookie) await c.env.USERS.getByName(cookie.username).logout(cookie.token);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get("/me", requireUser, (c) => c.json({ username: c.var.user.username } satisfies Me));

import { describe, expect, it } from "vitest";
import { api, newVisitorIp, registerUser, sessionCookieFrom } from "../test/api-client";

describe("register", () => {
  it("creates an account, signs it in, and sets an HttpOnly SameSite session cookie", async () => {
    const response = await api("/auth/register", {
      method: "POST",
      json: { username: "Alice_1", password: "a long enough password" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ username: "alice_1" });
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^session=alice_1\.[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    const me = await api("/auth/me", { cookie: sessionCookieFrom(response) });
    expect(await me.json()).toEqual({ username: "alice_1" });
  });

  it("refuses a taken username, in any letter case", async () => {
    const user = await registerUser();
    const response = await api("/auth/register", {
      method: "POST",
      json: { username: user.username.toUpperCase(), password: "another password" },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "conflict", fields: { username: "That username is taken." } } });
  });

  it("explains each broken rule per field", async () => {
    const response = await api("/auth/register", { method: "POST", json: { username: "a!", password: "short" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields.username).toMatch(/at least 3/);
    expect(body.error.fields.password).toMatch(/at least 8/);
  });

  it("refuses a password equal to the username", async () => {
    const response = await api("/auth/register", { method: "POST", json: { username: "samename", password: "SameName" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: { password: "Password must not be your username." } } });
  });

  it("answers malformed JSON with the common error shape", async () => {
    const response = await api("/auth/register", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "bad_request" } });
  });
});

describe("login", () => {
  it("signs in with the right password and issues a fresh session", async () => {
    const user = await registerUser();
    const response = await api("/auth/login", { method: "POST", json: { username: user.username, password: user.password } });
    expect(response.status).toBe(200);
    const cookie = sessionCookieFrom(response);
    expect(cookie).not.toBe(user.cookie);
    expect((await api("/auth/me", { cookie })).status).toBe(200);
  });

  it("gives the same answer for a wrong password and an unknown user", async () => {
    const user = await registerUser();
    const wrong = await api("/auth/login", { method: "POST", json: { username: user.username, password: "wrong password" } });
    const unknown = await api("/auth/login", { method: "POST", json: { username: "nobody-here", password: "whatever1" } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("locks a username for 15 minutes after 5 failures, even for the right password", async () => {
    const user = await registerUser();
    for (let i = 0; i < 5; i++) {
      const response = await api("/auth/login", { method: "POST", json: { username: user.username, password: `wrong ${i}` } });
      expect(response.status).toBe(401);
    }
    const locked = await api("/auth/login", { method: "POST", json: { username: user.username, password: user.password } });
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await locked.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/15 minutes/) } });
    // Other users are not affected.
    const other = await registerUser();
    const ok = await api("/auth/login", { method: "POST", json: { username: other.username, password: other.password } });
    expect(ok.status).toBe(200);
  });

  it("throttles parallel guesses too", async () => {
    const user = await registerUser();
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api("/auth/login", { method: "POST", json: { username: user.username, password: `guess ${i}` } }),
      ),
    );
    const statuses = guesses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  });

  it("limits one address to 20 new accounts a minute, whatever the names; another address is unaffected", async () => {
    const ip = newVisitorIp();
    const register = (username: string, from = ip) =>
      api("/auth/register", { method: "POST", headers: { "CF-Connecting-IP": from }, json: { username, password: "correct horse battery" } });
    const stamp = Date.now().toString(36);
    for (let i = 0; i < 20; i++) expect((await register(`burst-${stamp}-${i}`)).status).toBe(201);
    const refused = await register(`burst-${stamp}-20`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("60");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/new accounts/) } });
    // Nothing was created for the refused request.
    expect((await api("/auth/login", { method: "POST", json: { username: `burst-${stamp}-20`, password: "correct horse battery" } })).status).toBe(401);
    expect((await register(`burst-${stamp}-21`, newVisitorIp())).status).toBe(201);
  });

  it("limits one address to 30 sign-in attempts a minute across usernames", async () => {
    const ip = newVisitorIp();
    const attempt = (i: number) =>
      api("/auth/login", { method: "POST", headers: { "CF-Connecting-IP": ip }, json: { username: `guess-${i}-${Date.now().toString(36)}`, password: "password1" } });
    for (let i = 0; i < 30; i++) expect((await attempt(i)).status).toBe(401);
    const refused = await attempt(30);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/sign-in attempts/) } });
    // 31 sign-ins, each creating an object and checking a password: slow on a busy machine, and no speed target.
  }, 30_000);
});

describe("sessions", () => {
  it("rejects the tutorial's forged username cookie", async () => {
    const user = await registerUser();
    expect((await api("/auth/me", { cookie: `username=${user.username}` })).status).toBe(401);
    expect((await api("/interviews", { cookie: `username=${user.username}` })).status).toBe(401);
  });

  it("rejects a well-formed cookie the server did not issue", async () => {
    const user = await registerUser();
    const forged = `session=${user.username}.${"A".repeat(43)}`;
    const response = await api("/auth/me", { cookie: forged });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "Please sign in." } });
  });

  it("rejects one user's token presented under another user's name", async () => {
    const alice = await registerUser("alice");
    const bob = await registerUser("bob");
    const token = alice.cookie.split(".")[1];
    expect((await api("/auth/me", { cookie: `session=${bob.username}.${token}` })).status).toBe(401);
  });

  it("signs out: the cookie is cleared and the old token stops working", async () => {
    const user = await registerUser();
    const response = await api("/auth/logout", { method: "POST", cookie: user.cookie });
    expect(response.status).toBe(204);
    expect(response.headers.get("Set-Cookie")).toMatch(/^session=;.*Max-Age=0/);
    expect((await api("/auth/me", { cookie: user.cookie })).status).toBe(401);
  });

  it("uses a __Host- Secure cookie over https and ignores the plain one there", async () => {
    const username = `secure-${Date.now().toString(36)}`;
    const { SELF } = await import("cloudflare:test");
    const response = await SELF.fetch("https://app.test/api/v1/auth/register", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username, password: "a long enough password" }),
    });
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^__Host-session=/);
    expect(setCookie).toContain("Secure");
    expect(setCookie).toContain("Path=/");
    const value = setCookie.split(";")[0]!.slice("__Host-session=".length);
    const viaPlain = await SELF.fetch("https://app.test/api/v1/auth/me", { headers: { Cookie: `session=${value}` } });
    expect(viaPlain.status).toBe(401);
    const viaHost = await SELF.fetch("https://app.test/api/v1/auth/me", { headers: { Cookie: `__Host-session=${value}` } });
    expect(viaHost.status).toBe(200);
  });

  it("refuses writes sent from another origin", async () => {
    const user = await registerUser();
    const response = await api("/interviews", {
      method: "POST",
      cookie: user.cookie,
      headers: { Origin: "https://evil.example" },
      json: { title: "Backend Developer", skills: ["SQL"] },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
  });
});

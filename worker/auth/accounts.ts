// Registration, sign-in with throttling, and sessions, for the one account a user's Durable Object holds.
import type { UserStorage } from "../storage/user-storage";
import { hashPassword, verifyPassword, type PasswordHash } from "./password";
import { SESSION_TTL_MS } from "./session-cookie";
import { hashSessionToken, newSessionToken } from "./session-token";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES = 5;

export type RegisterResult = { ok: true; token: string } | { ok: false; reason: "taken" };
export type LoginResult =
  | { ok: true; token: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Compared against when the account does not exist, so an unknown username costs the same time.
let decoy: Promise<PasswordHash> | undefined;

export async function register(
  storage: UserStorage,
  username: string,
  password: string,
  now: number,
): Promise<RegisterResult> {
  if (storage.readAccount()) return { ok: false, reason: "taken" };
  const hash = await hashPassword(password);
  // Hashing yields to other requests: a parallel registration may have won meanwhile.
  if (storage.readAccount()) return { ok: false, reason: "taken" };
  storage.insertAccount(username, hash, now);
  return { ok: true, token: await openSession(storage, now) };
}

export async function login(storage: UserStorage, password: string, now: number): Promise<LoginResult> {
  const recent = storage.loginFailuresSince(now - THROTTLE_WINDOW_MS);
  if (recent.length >= THROTTLE_MAX_FAILURES) {
    const oldest = recent[recent.length - THROTTLE_MAX_FAILURES]!;
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil((oldest + THROTTLE_WINDOW_MS - now) / 1000) };
  }
  // Count the attempt as failed before checking it, so parallel guesses cannot slip past the limit.
  storage.recordLoginFailure(now, now - THROTTLE_WINDOW_MS);
  const account = storage.readAccount();
  const stored = account?.password ?? (await (decoy ??= hashPassword("decoy password")));
  const matches = await verifyPassword(password, stored);
  if (!account || !matches) return { ok: false, reason: "invalid" };
  storage.clearLoginFailures();
  return { ok: true, token: await openSession(storage, now) };
}

async function openSession(storage: UserStorage, now: number): Promise<string> {
  const token = newSessionToken();
  storage.deleteExpiredSessions(now);
  storage.insertSession(await hashSessionToken(token), now, now + SESSION_TTL_MS);
  return token;
}

export async function isLiveSession(storage: UserStorage, token: string, now: number): Promise<boolean> {
  return storage.hasLiveSession(await hashSessionToken(token), now);
}

export async function closeSession(storage: UserStorage, token: string): Promise<void> {
  storage.deleteSession(await hashSessionToken(token));
}

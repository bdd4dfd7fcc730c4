// A simulated candidate's side of the app, the way the SPA talks to it: sign up, create an interview,
// and the live-interview socket with every server frame parsed and timestamped. Anything the app
// refuses or fails at becomes a BenchFailure, never a silent skip. Used by bench:turn and bench:load.
import { setTimeout as sleep } from "node:timers/promises";
import {
  PROTOCOL_VERSION,
  encodeSegmentFrame,
  serverMessageSchema,
  type ClientMessage,
  type MessageStatus,
  type SegmentHeader,
  type ServerMessage,
} from "../../worker/protocol/socket.ts";
import { now } from "./clock.ts";

/** Something the app did that a real candidate would have seen go wrong; `kind` groups them in reports. */
export class BenchFailure extends Error {
  override name = "BenchFailure";
  readonly kind: string;
  constructor(kind: string, detail: string) {
    super(`${kind}: ${detail}`);
    this.kind = kind;
  }
}

/** Any error as a BenchFailure of `kind`, its causes spelled out ("fetch failed" alone does not say what failed). */
export function asFailure(error: unknown, kind = "exception"): BenchFailure {
  if (error instanceof BenchFailure) return error;
  const describe = (e: unknown): string => (e instanceof Error ? `${e.message}${e.cause ? ` (${describe(e.cause)})` : ""}` : String(e));
  return new BenchFailure(kind, describe(error));
}

export interface Session {
  baseUrl: string;
  origin: string;
  /** "name=value" of the session cookie. */
  cookie: string;
}

/** fetch(), with a connection that fails or breaks reported as a BenchFailure naming the step. */
async function request(step: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw asFailure(error, `connection failed (${step})`);
  }
}

async function expectStatus(response: Response, status: number, step: string): Promise<void> {
  if (response.status === status) return;
  const kind = response.status >= 500 ? "http 5xx" : `http ${response.status}`;
  throw new BenchFailure(kind, `${step}: ${response.status} ${(await response.text()).slice(0, 200)}`);
}

/**
 * Registers a new account. Every simulated candidate comes from its own address, as real ones would:
 * one address may only create a few accounts a minute. Locally the runtime keeps the CF-Connecting-IP
 * the client sent. `index` (0…2^24) picks the address and, with a per-run tag, the username.
 */
export async function signUp(baseUrl: string, index: number, tag: string): Promise<Session> {
  const origin = new URL(baseUrl).origin;
  const response = await request("register", `${baseUrl}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "CF-Connecting-IP": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
    body: JSON.stringify({ username: `bench-${tag}-${index}`, password: "bench password 123" }),
  });
  await expectStatus(response, 201, "register");
  return { baseUrl, origin, cookie: response.headers.get("set-cookie")!.split(";")[0]! };
}

/** Creates an interview and returns its id. */
export async function createInterview(session: Session, body: { title: string; skills: string[]; questionCount: number }): Promise<string> {
  const response = await request("create interview", `${session.baseUrl}/api/v1/interviews`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: session.origin, cookie: session.cookie },
    body: JSON.stringify(body),
  });
  await expectStatus(response, 201, "create interview");
  return ((await response.json()) as { interviewId: string }).interviewId;
}

/** Polls for the interview's feedback report (written in the background once it completes); throws after `timeoutMs`. */
export async function waitForReport(session: Session, interviewId: string, timeoutMs: number): Promise<{ questions: unknown[] }> {
  const deadline = now() + timeoutMs;
  for (;;) {
    const response = await request("report", `${session.baseUrl}/api/v1/interviews/${interviewId}/report`, { headers: { cookie: session.cookie } });
    if (response.status === 200) return (await response.json()) as { questions: unknown[] };
    if (response.status !== 404) await expectStatus(response, 200, "report");
    if (now() > deadline) throw new BenchFailure("timeout", `no report ${timeoutMs} ms after the interview completed`);
    await sleep(500);
  }
}

export interface Received {
  /** Arrival on the shared clock (clock.ts), in ms. */
  at: number;
  message: ServerMessage;
  /** Position among this socket's frames, for waiting on what comes after it. */
  index: number;
}

interface Waiter {
  predicate: (message: ServerMessage) => boolean;
  resolve: (hit: Received | null) => void;
  reject: (error: BenchFailure) => void;
}

/**
 * The live-interview socket. Any error frame, failed message, unparsable frame or close we did not
 * ask for fails it: every wait, pending or later, then rejects with that BenchFailure.
 */
export class LiveSocket {
  readonly received: Received[] = [];
  private readonly ws: WebSocket;
  private readonly waiters = new Set<Waiter>();
  private failure: BenchFailure | null = null;
  private closing = false;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.addEventListener("message", (event) => {
      if (typeof event.data !== "string" || event.data === "pong") return;
      const parsed = serverMessageSchema.safeParse(JSON.parse(event.data));
      if (!parsed.success) return this.fail(new BenchFailure("bad frame", event.data.slice(0, 200)));
      const hit: Received = { at: now(), message: parsed.data, index: this.received.length };
      this.received.push(hit);
      const { message } = hit;
      if (message.type === "error") return this.fail(new BenchFailure("error frame", `${message.code}: ${message.message}`));
      if (message.type === "event" && message.event.type === "message_status" && message.event.status === "failed") {
        return this.fail(new BenchFailure("message failed", message.event.error ?? "no reason"));
      }
      for (const waiter of this.waiters) {
        if (waiter.predicate(message)) {
          this.waiters.delete(waiter);
          waiter.resolve(hit);
        }
      }
    });
    ws.addEventListener("close", (event) => {
      if (!this.closing) this.fail(new BenchFailure("socket closed", `${event.code} ${event.reason}`));
    });
    ws.addEventListener("error", () => this.fail(new BenchFailure("socket error", "the WebSocket reported an error")));
  }

  /** Opens the interview's socket and says hello (lastSeq 0: send everything). */
  static async open(session: Session, interviewId: string): Promise<LiveSocket> {
    // Node's WebSocket accepts request headers (a browser sends the cookie and Origin by itself).
    const NodeWebSocket = WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket;
    const ws = new NodeWebSocket(`${session.baseUrl.replace(/^http/, "ws")}/api/v1/interviews/${interviewId}`, {
      headers: { cookie: session.cookie, origin: session.origin },
    });
    ws.binaryType = "arraybuffer";
    await new Promise((resolve, reject) => {
      ws.addEventListener("open", resolve, { once: true });
      ws.addEventListener("error", (event) => reject(new BenchFailure("socket error", `the WebSocket did not open: ${(event as ErrorEvent).message}`)), {
        once: true,
      });
    });
    const socket = new LiveSocket(ws);
    socket.send({ type: "hello", protocolVersion: PROTOCOL_VERSION, lastSeq: 0 });
    return socket;
  }

  /** Sends a control frame; throws the socket's failure if it has failed already. */
  send(message: ClientMessage): void {
    if (this.failure) throw this.failure;
    this.ws.send(JSON.stringify(message));
  }

  /** Sends one audio segment as a binary frame; throws like send(). */
  sendSegment(header: SegmentHeader, audio: Uint8Array): void {
    if (this.failure) throw this.failure;
    this.ws.send(encodeSegmentFrame(header, audio));
  }

  /** The first frame at or after position `from` that matches; null if none came within `timeoutMs`. */
  next(predicate: (message: ServerMessage) => boolean, timeoutMs: number, from = 0): Promise<Received | null> {
    if (this.failure) return Promise.reject(this.failure);
    const hit = this.received.slice(from).find((r) => predicate(r.message));
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(null);
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (hit) => (clearTimeout(timer), resolve(hit)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
      this.waiters.add(waiter);
    });
  }

  /** Like next(), but a frame that never comes is a failure: "timeout" waiting for `what`. */
  async expect(predicate: (message: ServerMessage) => boolean, what: string, timeoutMs: number, from = 0): Promise<Received> {
    const hit = await this.next(predicate, timeoutMs, from);
    if (!hit) throw new BenchFailure("timeout", `${what} did not come within ${timeoutMs} ms`);
    return hit;
  }

  /** Ends the socket normally; the app's close after this is not a failure. */
  close(): void {
    this.closing = true;
    this.ws.close(1000, "done");
  }

  private fail(failure: BenchFailure): void {
    if (this.failure) return;
    this.failure = failure;
    for (const waiter of this.waiters) waiter.reject(failure);
    this.waiters.clear();
    if (!this.closing) {
      this.closing = true;
      this.ws.close(1000, "failed");
    }
  }
}

/** Matches the event that `messageId`'s status became `status` (any message's, when messageId is null). */
export const isMessageStatus =
  (messageId: string | null, status: MessageStatus) =>
  (m: ServerMessage): boolean =>
    m.type === "event" && m.event.type === "message_status" && m.event.status === status && (messageId === null || m.event.messageId === messageId);

// A WebSocket client for Worker tests: connects to the real Worker like the SPA does and records
// everything the server sends, with helpers to wait for a particular frame.
import { SELF } from "cloudflare:test";
import { PROTOCOL_VERSION, encodeSegmentFrame, type ClientMessage, type SegmentHeader, type ServerMessage } from "../protocol/socket";
import type { InterviewSummary } from "../protocol/rest";
import { SentenceSplitter } from "../protocol/sentences";
import { ORIGIN, api, registerUser, type TestUser } from "./api-client";

export class LiveClient {
  readonly received: ServerMessage[] = [];
  /** Resolves with the close code and reason when the server closes the socket. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason })));
    ws.addEventListener("message", (event) => {
      if (typeof event.data === "string" && event.data !== "pong") this.received.push(JSON.parse(event.data) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(interviewId: string, cookie: string, headers: Record<string, string> = {}): Promise<LiveClient> {
    const response = await LiveClient.upgrade(interviewId, cookie, headers);
    if (!response.webSocket) throw new Error(`upgrade refused: ${response.status} ${await response.text()}`);
    response.webSocket.accept();
    return new LiveClient(response.webSocket);
  }

  static upgrade(interviewId: string, cookie: string, headers: Record<string, string> = {}): Promise<Response> {
    return SELF.fetch(`${ORIGIN}/api/v1/interviews/${interviewId}`, {
      headers: { Upgrade: "websocket", Cookie: cookie, Origin: ORIGIN, ...headers },
    });
  }

  send(message: ClientMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  hello(lastSeq = 0): void {
    this.send({ type: "hello", protocolVersion: PROTOCOL_VERSION, lastSeq });
  }

  sendSegment(header: Omit<SegmentHeader, "type">, audio: string | Uint8Array): void {
    const bytes = typeof audio === "string" ? new TextEncoder().encode(audio) : audio;
    this.ws.send(encodeSegmentFrame({ type: "audio_segment", ...header }, bytes));
  }

  /** Resolves with the first received frame (from `from` on) matching `predicate`. */
  async waitFor<T extends ServerMessage>(predicate: (m: ServerMessage) => m is T, timeoutMs?: number): Promise<T>;
  async waitFor(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  async waitFor(predicate: (m: ServerMessage) => boolean, timeoutMs = 5_000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out; received: ${JSON.stringify(this.received).slice(-2000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  events() {
    return this.received.flatMap((m) => (m.type === "event" ? [{ seq: m.seq, ...m.event }] : []));
  }

  lastSeq(): number {
    return Math.max(0, ...this.events().map((e) => e.seq));
  }

  close(): void {
    this.ws.close(1000, "done");
  }
}

export const isEvent =
  <K extends string>(type: K, where: (event: Record<string, unknown>) => boolean = () => true) =>
  (m: ServerMessage) =>
    m.type === "event" && m.event.type === type && where(m.event as unknown as Record<string, unknown>);

/** The first event from the `mark`-th frame `client` received on that is a `type` event matching `where`. */
export async function eventFrom(client: LiveClient, mark: number, type: string, where: (event: Record<string, unknown>) => boolean = () => true) {
  const found = await client.waitFor((m) => client.received.indexOf(m) >= mark && isEvent(type, where)(m));
  return (found as Extract<ServerMessage, { type: "event" }>).event as unknown as Record<string, unknown>;
}

export const isError = (code: string) => (m: ServerMessage) => m.type === "error" && m.code === code;

/** Creates a "Backend Developer" interview on SQL and Node.js. */
export async function newInterview(user: TestUser, questionCount = 3): Promise<InterviewSummary> {
  const response = await api("/interviews", {
    method: "POST",
    cookie: user.cookie,
    json: { title: "Backend Developer", skills: ["SQL", "Node.js"], questionCount },
  });
  return (await response.json()) as InterviewSummary;
}

/** Connects, says hello and waits until the interviewer's opening question is complete, and spoken. */
export async function joined(user: TestUser, interview: InterviewSummary): Promise<LiveClient> {
  const client = await LiveClient.open(interview.interviewId, user.cookie);
  client.hello();
  const opening = await client.waitFor(isEvent("message_status", (e) => e.status === "complete"));
  const content = opening.type === "event" && opening.event.type === "message_status" ? (opening.event.content ?? "") : "";
  const splitter = new SentenceSplitter();
  const sentences = [...splitter.push(content), ...splitter.finish()].length;
  await client.waitFor(() => client.events().filter((e) => e.type === "speech").length >= sentences);
  return client;
}

/** How many messages (the interviewer's and answers) this client has seen complete. */
export const completedReplies = (client: LiveClient) =>
  client.events().filter((e) => e.type === "message_status" && e.status === "complete").length;

/**
 * A fresh candidate in a new interview, its opening said, and a spoken answer started with one segment whose audio
 * the fake speech server hears as `text`; `mark`: the frames received before the answer started.
 */
export async function answerStarted(text: string, segment: { durationMs: number; voicedMs: number }) {
  const user = await registerUser();
  const interview = await newInterview(user);
  const client = await joined(user, interview);
  const answerId = crypto.randomUUID();
  const mark = client.received.length;
  client.send({ type: "answer_start", answerId, mimeType: "audio/wav" });
  client.sendSegment({ answerId, index: 0, ...segment }, text);
  return { user, interview, client, answerId, mark };
}

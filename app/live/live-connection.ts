// The room's WebSocket: reconnects with backoff, resumes from the last event it applied, and
// re-sends whatever part of a spoken answer the server has not acknowledged yet.
import ReconnectingWebSocket from "partysocket/ws";
import {
  CLOSE_CODES,
  PING,
  PROTOCOL_VERSION,
  encodeSegmentFrame,
  serverMessageSchema,
  type ClientMessage,
  type ServerMessage,
} from "../../worker/protocol/socket";
import type { RecordingMimeType } from "../../worker/protocol/audio";

/**
 * "replaced": the interview was opened in more tabs than the server keeps, and this was the oldest;
 * "deleted": the interview was deleted. Neither reconnects by itself.
 */
export type ConnectionState = "connecting" | "open" | "reconnecting" | "closed" | "replaced" | "deleted";

interface PendingAnswer {
  mimeType: RecordingMimeType;
  /** The question an attempt from the report is for; undefined for the interview's own answers. */
  attemptOf: string | undefined;
  /** Encoded frames not yet acknowledged, by segment index. */
  unacked: Map<number, Uint8Array<ArrayBuffer>>;
  segmentCount: number | null;
  longPausesMs: number[] | null;
}

interface Handlers {
  onMessage: (message: ServerMessage) => void;
  onConnection: (state: ConnectionState) => void;
  lastSeq: () => number;
}

const KEEPALIVE_MS = 25_000;

const endMessage = (answerId: string, segmentCount: number, longPausesMs: number[] | null): ClientMessage => ({
  type: "answer_end",
  answerId,
  segmentCount,
  ...(longPausesMs && { longPausesMs }),
});

export class LiveConnection {
  private readonly socket: ReconnectingWebSocket;
  private readonly pending = new Map<string, PendingAnswer>();
  private readonly keepalive: ReturnType<typeof setInterval>;
  private everOpened = false;

  constructor(interviewId: string, private readonly handlers: Handlers) {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    this.socket = new ReconnectingWebSocket(`${scheme}://${location.host}/api/v1/interviews/${encodeURIComponent(interviewId)}`, [], {
      maxReconnectionDelay: 8_000,
      minReconnectionDelay: 500,
      // Frames sent while offline are re-sent by us, after the hello, in the right order.
      maxEnqueuedMessages: 0,
      // Deleted: reconnecting cannot help. Replaced: reconnecting would close another tab, which would reconnect in turn.
      shouldReconnectOnClose: (event) => event.code !== CLOSE_CODES.deleted && event.code !== CLOSE_CODES.replaced,
    });
    this.socket.binaryType = "arraybuffer";
    this.socket.addEventListener("open", () => this.opened());
    this.socket.addEventListener("close", (event) => handlers.onConnection(this.closedAs(event.code)));
    this.socket.addEventListener("message", (event) => this.received(event.data));
    this.keepalive = setInterval(() => this.isOpen() && this.socket.send(PING), KEEPALIVE_MS);
  }

  isOpen(): boolean {
    return this.socket.readyState === ReconnectingWebSocket.OPEN;
  }

  send(message: ClientMessage): boolean {
    if (!this.isOpen()) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  startAnswer(answerId: string, mimeType: RecordingMimeType, attemptOf?: string): void {
    this.pending.set(answerId, { mimeType, attemptOf, unacked: new Map(), segmentCount: null, longPausesMs: null });
    this.send({ type: "answer_start", answerId, mimeType, ...(attemptOf && { attemptOf }) });
  }

  sendSegment(answerId: string, index: number, durationMs: number, audio: Uint8Array): void {
    const answer = this.pending.get(answerId);
    if (!answer) return;
    const frame = encodeSegmentFrame({ type: "audio_segment", answerId, index, durationMs: Math.max(1, Math.round(durationMs)) }, audio);
    answer.unacked.set(index, frame);
    if (this.isOpen()) this.socket.send(frame);
  }

  endAnswer(answerId: string, segmentCount: number, longPausesMs: number[] | null): void {
    const answer = this.pending.get(answerId);
    if (answer) Object.assign(answer, { segmentCount, longPausesMs });
    this.send(endMessage(answerId, segmentCount, longPausesMs));
  }

  cancelAnswer(answerId: string): void {
    this.pending.delete(answerId);
    this.send({ type: "answer_cancel", answerId });
  }

  /** Unacknowledged audio, for telling the candidate something is still being sent. */
  unsentSegments(): number {
    let count = 0;
    for (const answer of this.pending.values()) count += answer.unacked.size;
    return count;
  }

  /** Connects again after the server closed this tab's socket (see ConnectionState "replaced"). */
  reconnect(): void {
    this.socket.reconnect();
  }

  close(): void {
    clearInterval(this.keepalive);
    this.socket.close(1000, "leaving");
    this.handlers.onConnection("closed");
  }

  private closedAs(code: number): ConnectionState {
    if (code === CLOSE_CODES.deleted) return "deleted";
    if (code === CLOSE_CODES.replaced) return "replaced";
    return this.everOpened ? "reconnecting" : "connecting";
  }

  private opened(): void {
    this.everOpened = true;
    this.handlers.onConnection("open");
    this.send({ type: "hello", protocolVersion: PROTOCOL_VERSION, lastSeq: this.handlers.lastSeq() });
    for (const [answerId, answer] of this.pending) {
      this.send({ type: "answer_start", answerId, mimeType: answer.mimeType, ...(answer.attemptOf && { attemptOf: answer.attemptOf }) });
      for (const index of [...answer.unacked.keys()].sort((a, b) => a - b)) this.socket.send(answer.unacked.get(index)!);
      if (answer.segmentCount !== null) this.send(endMessage(answerId, answer.segmentCount, answer.longPausesMs));
    }
  }

  private received(data: unknown): void {
    if (typeof data !== "string" || data === "pong") return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) {
      console.warn("ignored a frame this page does not understand", parsed.error.issues[0]);
      return;
    }
    const message = parsed.data;
    if (message.type === "segment_ack") this.pending.get(message.answerId)?.unacked.delete(message.index);
    // Once the server has moved an answer past recording, it has everything: stop tracking it.
    if (message.type === "event" && message.event.type === "message_status" && message.event.status !== "recording") {
      this.pending.delete(message.event.messageId);
    }
    this.handlers.onMessage(message);
  }
}

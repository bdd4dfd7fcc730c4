// The room's WebSocket: reconnects with backoff, resumes from the last event it applied, and
// re-sends whatever part of a spoken answer the server has not acknowledged yet, also after a reload
// or a crash (the audio is kept in the browser meanwhile, kept-answers.ts).
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
import type { SpeechTiming } from "../../worker/protocol/feedback";
import { KeptAnswers, type KeptAnswer } from "./kept-answers";

/**
 * "replaced": the interview was opened in more tabs than the server keeps, and this was the oldest;
 * "deleted": the interview was deleted. Neither reconnects by itself.
 */
export type ConnectionState = "connecting" | "open" | "reconnecting" | "closed" | "replaced" | "deleted";

interface PendingAnswer {
  /** How it started, how many segments were sent, how it ended: what the browser keeps of it. */
  kept: KeptAnswer;
  /** Encoded frames not yet acknowledged, by segment index. */
  unacked: Map<number, Uint8Array<ArrayBuffer>>;
}

/** One segment as the recorder measured it; `index` counts the segments sent for the answer. */
export interface SegmentInfo {
  index: number;
  durationMs: number;
  voicedMs: number;
  overlapMs: number;
}

interface Handlers {
  onMessage: (message: ServerMessage) => void;
  onConnection: (state: ConnectionState) => void;
  /** Audio an earlier page kept (a reload or a crash mid-answer) is being sent: true until the server has all of it. */
  onRestoring?: (restoring: boolean) => void;
  lastSeq: () => number;
}

const KEEPALIVE_MS = 25_000;

const startMessage = ({ answerId, mimeType, attemptOf }: KeptAnswer): ClientMessage => ({
  type: "answer_start",
  answerId,
  mimeType,
  ...(attemptOf && { attemptOf }),
});

const segmentHeader = (answerId: string, { index, durationMs, voicedMs, overlapMs }: SegmentInfo) => ({
  type: "audio_segment" as const,
  answerId,
  index,
  durationMs: Math.max(1, Math.round(durationMs)),
  voicedMs: Math.round(voicedMs),
  overlapMs: Math.round(overlapMs),
});

const endMessage = (answerId: string, segmentCount: number, speech: SpeechTiming | null): ClientMessage => ({
  type: "answer_end",
  answerId,
  segmentCount,
  ...(speech && { speech }),
});

export class LiveConnection {
  private readonly socket: ReconnectingWebSocket;
  private readonly pending = new Map<string, PendingAnswer>();
  private readonly keepalive: ReturnType<typeof setInterval>;
  private everOpened = false;
  /** Answers an earlier page of this interview kept, until they are merged into `pending` on the first open. */
  private restored: Promise<void>;
  /** Answers taken over from an earlier page whose audio the server has not acknowledged in full. */
  private readonly restoring = new Set<string>();
  /** Answers resumed (resumeAnswer) that the server has not yet said are recording again. */
  private readonly resuming = new Set<string>();

  constructor(
    private readonly interviewId: string,
    private readonly handlers: Handlers,
    private readonly keep: KeptAnswers = new KeptAnswers(),
  ) {
    this.restored = keep.restore(interviewId).then((answers) => {
      for (const { answer, frames } of answers) {
        if (this.pending.has(answer.answerId)) continue;
        // A tail (audio since the last cut) becomes the answer's next segment.
        const sent = Math.max(answer.sent, ...[...frames.keys()].map((index) => index + 1));
        this.pending.set(answer.answerId, { kept: { ...answer, sent }, unacked: frames });
        if (sent !== answer.sent) void keep.answer({ ...answer, sent });
        if (frames.size > 0) this.restoring.add(answer.answerId);
      }
      if (this.restoring.size > 0) handlers.onRestoring?.(true);
    });
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
    const kept: KeptAnswer = { answerId, interviewId: this.interviewId, mimeType, ...(attemptOf && { attemptOf }), sent: 0, segmentCount: null, speech: null, keptAt: Date.now() };
    this.pending.set(answerId, { kept, unacked: new Map() });
    void this.keep.answer(kept);
    this.send(startMessage(kept));
  }

  /**
   * Answer `answerId`, already ended with `sent` segments, goes on (answer_resume): its next segments are numbered
   * from `sent`. Until the server says it records again, word of its ending (transcribing, complete) is from
   * before the resume and does not stop it being tracked.
   */
  resumeAnswer(answerId: string, mimeType: RecordingMimeType, sent: number): void {
    const kept: KeptAnswer = { answerId, interviewId: this.interviewId, mimeType, sent, segmentCount: null, speech: null, keptAt: Date.now() };
    this.pending.set(answerId, { kept, unacked: new Map() });
    this.resuming.add(answerId);
    void this.keep.answer(kept);
    this.send({ type: "answer_resume", answerId });
  }

  sendSegment(answerId: string, info: SegmentInfo, audio: Uint8Array): void {
    const answer = this.pending.get(answerId);
    if (!answer) return;
    const { index } = info;
    const header = segmentHeader(answerId, info);
    const frame = encodeSegmentFrame(header, audio);
    answer.unacked.set(index, frame);
    answer.kept.sent = Math.max(answer.kept.sent, index + 1);
    // Kept before it leaves: a crash right after sending must not lose it.
    void this.keep.frame(answerId, index, frame);
    void this.keep.answer(answer.kept);
    if (this.isOpen()) this.socket.send(frame);
  }

  /**
   * The audio recorded since the last cut of answer `answerId`, kept in the browser (not sent): after a reload or a
   * crash it is sent as the answer's next segment. Called about once a second while recording; `info.index` must be
   * the next segment's index.
   */
  keepTail(answerId: string, info: SegmentInfo, audio: Uint8Array): void {
    const answer = this.pending.get(answerId);
    if (!answer || info.index !== answer.kept.sent) return;
    void this.keep.tail(answerId, encodeSegmentFrame(segmentHeader(answerId, info), audio));
  }

  /** The answer is complete with `segmentCount` segments; `speech` is when the candidate spoke (null: unknown). */
  endAnswer(answerId: string, segmentCount: number, speech: SpeechTiming | null): void {
    const answer = this.pending.get(answerId);
    if (answer) {
      Object.assign(answer.kept, { segmentCount, speech });
      void this.keep.answer(answer.kept);
    }
    this.send(endMessage(answerId, segmentCount, speech));
  }

  cancelAnswer(answerId: string): void {
    this.forget(answerId);
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
    // The first time, once the answers an earlier page kept are in `pending` (IndexedDB answers in milliseconds).
    void this.restored.then(() => {
      if (!this.isOpen()) return;
      for (const [answerId, { kept, unacked }] of this.pending) {
        // A resume the server may not have had yet is sent again; it is ignored once the answer records.
        this.send(this.resuming.has(answerId) ? { type: "answer_resume", answerId } : startMessage(kept));
        for (const index of [...unacked.keys()].sort((a, b) => a - b)) this.socket.send(unacked.get(index)!);
        if (kept.segmentCount !== null) this.send(endMessage(answerId, kept.segmentCount, kept.speech));
      }
    });
  }

  /** Nothing of the answer is tracked or kept any more. */
  private forget(answerId: string): void {
    this.pending.delete(answerId);
    this.resuming.delete(answerId);
    void this.keep.forget(answerId);
    this.restored.then(() => this.restoredSome(answerId), () => undefined);
  }

  /** An answer taken over from an earlier page has nothing left to send. */
  private restoredSome(answerId: string): void {
    if (!this.restoring.has(answerId) || (this.pending.get(answerId)?.unacked.size ?? 0) > 0) return;
    this.restoring.delete(answerId);
    if (this.restoring.size === 0) this.handlers.onRestoring?.(false);
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
    if (message.type === "segment_ack") {
      const answer = this.pending.get(message.answerId);
      if (answer?.unacked.delete(message.index)) {
        void this.keep.acknowledged(message.answerId, message.index);
        this.restoredSome(message.answerId);
      }
    }
    // Once the server has moved an answer past recording, it has everything: stop tracking it.
    if (message.type === "event" && message.event.type === "message_status") {
      const { messageId, status } = message.event;
      if (status === "recording") this.resuming.delete(messageId);
      else if (!this.resuming.has(messageId)) this.forget(messageId);
    }
    // An answer kept by an earlier page that the server already holds in full.
    if (message.type === "welcome" && message.snapshot) {
      for (const { messageId, status } of [...message.snapshot.messages, ...message.snapshot.attempts]) {
        if (status !== "recording" && this.pending.has(messageId)) this.forget(messageId);
      }
    }
    // Removed (discarded, or nothing was said): nothing left to keep either.
    if (message.type === "event" && message.event.type === "message_removed") this.forget(message.event.messageId);
    this.handlers.onMessage(message);
  }
}

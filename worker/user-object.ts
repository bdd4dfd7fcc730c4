// The Durable Object that holds one user's account, sessions and interviews in its own SQLite,
// and the live-interview WebSockets. Lifecycle and routing only: account rules live in auth/,
// the interview engine in live/, SQL in storage/.
import { DurableObject } from "cloudflare:workers";
import { ProviderError, type AiProvider } from "./ai/provider";
import { ProviderConfigError, selectProvider } from "./ai/select-provider";
import * as accounts from "./auth/accounts";
import { ReportFailed } from "./feedback/model-feedback";
import { progress, progressPoint } from "./feedback/progress";
import { writeReport } from "./feedback/report-writer";
import { postingIdentity } from "./feedback/posting-identity";
import { InterviewEngine } from "./live/engine";
import { FrameRefused } from "./live/frame-refused";
import { UNGREETED_GRACE_MS, admitFrame, closeSocket, markGreeted, readState, send, type SocketState } from "./live/socket-state";
import { SEGMENT_BYTES_MAX, SOCKETS_PER_INTERVIEW_MAX } from "./protocol/audio";
import type {
  InterviewDetail,
  InterviewPage,
  InterviewSummary,
  ListInterviewsQuery,
} from "./protocol/rest";
import type { NewInterviewForJob } from "./protocol/job-posting";
import type { Progress } from "./protocol/progress";
import type { Report } from "./protocol/report";
import {
  CLOSE_CODES,
  PING,
  PONG,
  clientMessageSchema,
  decodeSegmentFrame,
  type InterviewEvent,
  type ServerMessage,
  type SequencedEvent,
} from "./protocol/socket";
import { LiveStorage, toMessage } from "./storage/live-storage";
import { ReportStorage } from "./storage/report-storage";
import { SpeechStorage } from "./storage/speech-storage";
import { migrate } from "./storage/migrations";
import { UserStorage } from "./storage/user-storage";
import { withoutOverlap } from "./live/segment-playback";

export const LIVE_PATH = "/live/";

export class UserObject extends DurableObject<Env> {
  private readonly storage: UserStorage;
  readonly live: LiveStorage;
  readonly reports: ReportStorage;
  private readonly speech: SpeechStorage;
  private readonly engine: InterviewEngine;
  private provider: AiProvider | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.storage = new UserStorage(ctx.storage.sql);
    this.live = new LiveStorage(ctx.storage.sql);
    this.reports = new ReportStorage(ctx.storage.sql);
    this.speech = new SpeechStorage(ctx.storage.sql);
    this.engine = new InterviewEngine({
      users: this.storage,
      live: this.live,
      reports: this.reports,
      speech: this.speech,
      provider: () => this.providerInstance(),
      emit: (interviewId, event) => this.emit(interviewId, event),
      background: (label, work) => {
        work.catch((error: unknown) => console.error(`background task failed: ${label}`, error));
      },
      now: Date.now,
    });
    // Answered by the platform, so a connected client's keep-alive never wakes a hibernating object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    // No request sees the database before its schema is current.
    void ctx.blockConcurrencyWhile(async () => {
      migrate(ctx.storage);
      this.engine.recover();
    });
  }

  // ── Account (called by the auth routes; the username is this object's name) ──

  register(username: string, password: string): Promise<accounts.RegisterResult> {
    return accounts.register(this.storage, username, password, Date.now());
  }

  login(password: string): Promise<accounts.LoginResult> {
    return accounts.login(this.storage, password, Date.now());
  }

  isLiveSession(token: string): Promise<boolean> {
    return accounts.isLiveSession(this.storage, token, Date.now());
  }

  logout(token: string): Promise<void> {
    return accounts.closeSession(this.storage, token);
  }

  // ── Interviews (called only after isLiveSession said yes) ───────────────────

  createInterview(input: NewInterviewForJob): InterviewSummary {
    return this.storage.insertInterview(crypto.randomUUID(), input, Date.now());
  }

  listInterviews({ limit, cursor }: ListInterviewsQuery): InterviewPage {
    const before = cursor ? decodeCursor(cursor) : undefined;
    // One extra row says whether another page exists.
    const rows = this.storage.listInterviews(limit + 1, before);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      interviews: page,
      nextCursor: rows.length > limit && last ? `${last.createdAt}_${last.interviewId}` : null,
    };
  }

  getInterview(interviewId: string): InterviewDetail | null {
    const summary = this.storage.readInterview(interviewId);
    return summary && { ...summary, messages: this.live.listMessages(interviewId).map(toMessage), ...this.storage.readJobPosting(interviewId) };
  }

  deleteInterview(interviewId: string): boolean {
    const deleted = this.storage.deleteInterview(interviewId);
    for (const ws of this.ctx.getWebSockets(interviewId)) closeSocket(ws, CLOSE_CODES.deleted, "Interview deleted");
    return deleted;
  }

  // ── Feedback report ────────────────────────────────────────────────────────

  /** The stored report; null when the interview is unknown or has no report (not finished). */
  getReport(interviewId: string): Report | null {
    return this.storage.readInterview(interviewId) ? this.reports.readReport(interviewId) : null;
  }

  /** Writes the report again from what is stored; null unless the interview is completed. */
  async regenerateReport(interviewId: string): Promise<{ report: Report } | { failed: string } | null> {
    if (this.storage.readInterview(interviewId)?.status !== "completed") return null;
    try {
      return { report: await writeReport(this, this.providerInstance(), interviewId, Date.now, this.storage.readJobPosting(interviewId).requirements) };
    } catch (error) {
      if (error instanceof ReportFailed || error instanceof ProviderError) return { failed: error.message };
      throw error;
    }
  }

  /** Progress over every completed interview that has a report, oldest first. */
  getProgress(): Progress {
    const points = this.storage
      .listCompletedInterviews()
      .flatMap((interview) => {
        const report = this.reports.readReport(interview.interviewId);
        if (!report) return [];
        const plan = this.live.readPlan(interview.interviewId) ?? [];
        const { jobDescription } = this.storage.readJobPosting(interview.interviewId);
        return [progressPoint(interview, report, plan, jobDescription ? postingIdentity(jobDescription) : null)];
      });
    return progress(points);
  }

  /** One stored segment of a spoken answer, for the candidate to play back: without what it repeats of the one before. */
  readAnswerAudio(interviewId: string, messageId: string, index: number): { audio: Uint8Array; mimeType: string } | null {
    const message = this.live.readMessage(messageId);
    if (!message || message.interviewId !== interviewId || message.kind !== "voice") return null;
    const segment = this.live.readSegmentAudio(messageId, index);
    return segment && { audio: withoutOverlap(segment.audio, segment.overlapMs), mimeType: message.mimeType ?? "audio/webm" };
  }

  /** One spoken sentence of an interviewer message of this interview; null when there is no such audio. */
  readSpeechAudio(interviewId: string, messageId: string, index: number): { audio: Uint8Array; mimeType: string } | null {
    const message = this.live.readMessage(messageId);
    if (!message || message.interviewId !== interviewId || message.role !== "assistant") return null;
    return this.speech.readAudio(messageId, index);
  }

  // ── Live interview ─────────────────────────────────────────────────────────

  /** Only WebSocket upgrades for an existing interview arrive here; the Worker checked session and origin. */
  override async fetch(request: Request): Promise<Response> {
    const interviewId = new URL(request.url).pathname.slice(LIVE_PATH.length);
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket" || !this.storage.readInterview(interviewId)) {
      return new Response(null, { status: 404 });
    }
    this.makeRoomForSocket(interviewId, 1);
    const { 0: client, 1: server } = new WebSocketPair();
    // Tagged with the interview so events reach exactly its sockets, even after hibernation.
    this.ctx.acceptWebSocket(server, [interviewId]);
    server.serializeAttachment({ interviewId, openedAtMs: Date.now() } satisfies SocketState);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, data: string | ArrayBuffer): Promise<void> {
    // Closed by us (to make room) while this frame was on its way: the socket is no longer the interview's.
    if (ws.readyState !== WebSocket.OPEN) return;
    const reply = (message: ServerMessage) => send(ws, message);
    switch (admitFrame(ws, Date.now())) {
      case "admit":
        break;
      case "refuse":
        return reply({ type: "error", code: "rate_limited", message: "Too many messages; slow down." });
      case "drop":
        return;
      case "close":
        return closeSocket(ws, CLOSE_CODES.flooding, "Too many messages");
    }
    const { interviewId } = readState(ws);
    try {
      if (typeof data === "string") {
        const parsed = clientMessageSchema.safeParse(parseJson(data));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new FrameRefused("invalid_frame", `Invalid message: ${issue?.path.join(".") || "frame"}: ${issue?.message}`);
        }
        if (parsed.data.type === "hello") {
          markGreeted(ws);
          // The upgrades of a burst of sockets all fit while none had said hello; now they can be told.
          this.makeRoomForSocket(interviewId, 0, ws);
        }
        this.engine.handle(interviewId, parsed.data, reply);
      } else {
        if (data.byteLength > SEGMENT_BYTES_MAX + 4096) {
          throw new FrameRefused("too_large", `Audio segments are limited to ${SEGMENT_BYTES_MAX / 1024} KB.`);
        }
        const decoded = decodeSegmentFrame(data);
        if (!decoded.ok) throw new FrameRefused("invalid_frame", decoded.message);
        this.engine.segment(interviewId, decoded.header, decoded.audio, reply);
      }
    } catch (error) {
      if (error instanceof FrameRefused) return reply({ type: "error", code: error.code, message: error.message });
      if (error instanceof ProviderConfigError) return reply({ type: "error", code: "internal", message: error.message });
      console.error("socket frame failed", error);
      reply({ type: "error", code: "internal", message: "Something went wrong on our side. Nothing you sent was lost." });
    }
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    // The client may be gone already; completing the close handshake is all that is left to do.
    closeSocket(ws, code === 1005 ? 1000 : code, "closing");
  }

  /**
   * Closes the oldest of the interview's open sockets until `incoming` more fit under
   * SOCKETS_PER_INTERVIEW_MAX, each told why (4409). Run on every upgrade (incoming 1) and on every
   * hello (incoming 0, `keep` the socket saying it). Only sockets whose client surely has them are
   * closed: greeted ones, or ones older than UNGREETED_GRACE_MS. When a burst of upgrades arrives
   * together, none is greeted yet, so all are accepted and the hellos that follow close the extra ones.
   */
  private makeRoomForSocket(interviewId: string, incoming: number, keep?: WebSocket): void {
    const now = Date.now();
    const open = this.ctx.getWebSockets(interviewId).filter((ws) => ws.readyState === WebSocket.OPEN);
    const closable = open
      .filter((ws) => ws !== keep)
      // Sockets accepted before openedAtMs was recorded count as the oldest.
      .map((ws) => ({ ws, state: readState(ws) }))
      .filter(({ state }) => state.greeted || now - (state.openedAtMs ?? 0) >= UNGREETED_GRACE_MS)
      .sort((a, b) => (a.state.openedAtMs ?? 0) - (b.state.openedAtMs ?? 0));
    for (const { ws } of closable.slice(0, Math.max(0, open.length + incoming - SOCKETS_PER_INTERVIEW_MAX))) {
      closeSocket(ws, CLOSE_CODES.replaced, "This interview was opened in another tab or window.");
    }
  }

  private providerInstance(): AiProvider {
    return (this.provider ??= selectProvider(this.env));
  }

  private emit(interviewId: string, event: InterviewEvent): SequencedEvent {
    const sequenced = this.live.appendEvent(interviewId, event);
    for (const ws of this.ctx.getWebSockets(interviewId)) send(ws, { type: "event", seq: sequenced.seq, event });
    return sequenced;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FrameRefused("invalid_frame", "Messages must be JSON.");
  }
}

function decodeCursor(cursor: string): { createdAt: number; id: string } {
  const separator = cursor.indexOf("_");
  return { createdAt: Number(cursor.slice(0, separator)), id: cursor.slice(separator + 1) };
}

// The Durable Object that holds one user's account, sessions and interviews in its own SQLite.
// Lifecycle and routing only: account rules live in auth/, SQL in storage/.
import { DurableObject } from "cloudflare:workers";
import * as accounts from "./auth/accounts";
import type {
  InterviewDetail,
  InterviewPage,
  InterviewSummary,
  ListInterviewsQuery,
  NewInterview,
} from "./protocol/rest";
import { migrate } from "./storage/migrations";
import { UserStorage } from "./storage/user-storage";

export class UserObject extends DurableObject<Env> {
  private readonly storage: UserStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.storage = new UserStorage(ctx.storage.sql);
    // No request sees the database before its schema is current.
    void ctx.blockConcurrencyWhile(async () => migrate(ctx.storage));
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

  createInterview(input: NewInterview): InterviewSummary {
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
    return summary && { ...summary, messages: this.storage.listMessages(interviewId) };
  }

  deleteInterview(interviewId: string): boolean {
    return this.storage.deleteInterview(interviewId);
  }
}

function decodeCursor(cursor: string): { createdAt: number; id: string } {
  const separator = cursor.indexOf("_");
  return { createdAt: Number(cursor.slice(0, separator)), id: cursor.slice(separator + 1) };
}

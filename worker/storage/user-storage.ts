// Every SQL statement the user's Durable Object runs, named by what it does. Nothing else writes SQL.
import type { PasswordHash } from "../auth/password";
import type { NewInterviewForJob, Requirement } from "../protocol/job-posting";
import type { InterviewListItem, InterviewStatus, InterviewSummary } from "../protocol/rest";

interface InterviewRow {
  id: string;
  title: string;
  skills: string;
  question_count: number;
  status: InterviewStatus;
  created_at: number;
  updated_at: number;
  [key: string]: SqlStorageValue;
}

const toSummary = (row: InterviewRow): InterviewSummary => ({
  interviewId: row.id,
  title: row.title,
  skills: JSON.parse(row.skills) as string[],
  questionCount: row.question_count,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** An interview row with what the history list shows of its report (none: has_report 0). */
interface ListedInterviewRow extends InterviewRow {
  has_report: number;
  report_score: number | null;
}

const toListItem = (row: ListedInterviewRow): InterviewListItem => ({
  ...toSummary(row),
  report: row.has_report ? { score: row.report_score } : null,
});

// The report's overall score is read from its stored JSON, so listing needs no second query per row.
const LISTED_INTERVIEWS = `SELECT interviews.*, reports.interview_id IS NOT NULL AS has_report,
  json_extract(reports.body, '$.overall.score') AS report_score
  FROM interviews LEFT JOIN reports ON reports.interview_id = interviews.id`;

export class UserStorage {
  constructor(private readonly sql: SqlStorage) {}

  // ── Account ───────────────────────────────────────────────────────────────

  readAccount(): { username: string; password: PasswordHash } | null {
    const row = this.sql
      .exec<{ username: string; password_hash: string; password_salt: string; password_iterations: number }>(
        "SELECT username, password_hash, password_salt, password_iterations FROM account WHERE id = 1",
      )
      .toArray()[0];
    if (!row) return null;
    return {
      username: row.username,
      password: { hash: row.password_hash, salt: row.password_salt, iterations: row.password_iterations },
    };
  }

  insertAccount(username: string, password: PasswordHash, now: number): void {
    this.sql.exec(
      "INSERT INTO account (id, username, password_hash, password_salt, password_iterations, created_at) VALUES (1, ?, ?, ?, ?, ?)",
      username,
      password.hash,
      password.salt,
      password.iterations,
      now,
    );
  }

  // ── Sessions ──────────────────────────────────────────────────────────────

  insertSession(tokenHash: string, now: number, expiresAt: number): void {
    this.sql.exec(
      "INSERT INTO sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)",
      tokenHash,
      now,
      expiresAt,
    );
  }

  hasLiveSession(tokenHash: string, now: number): boolean {
    return (
      this.sql.exec("SELECT 1 FROM sessions WHERE token_hash = ? AND expires_at > ?", tokenHash, now).toArray()
        .length > 0
    );
  }

  deleteSession(tokenHash: string): void {
    this.sql.exec("DELETE FROM sessions WHERE token_hash = ?", tokenHash);
  }

  deleteExpiredSessions(now: number): void {
    this.sql.exec("DELETE FROM sessions WHERE expires_at <= ?", now);
  }

  // ── Sign-in throttling ────────────────────────────────────────────────────

  /** Failures at or after `since`, oldest first. */
  loginFailuresSince(since: number): number[] {
    return this.sql
      .exec<{ failed_at: number }>(
        "SELECT failed_at FROM login_failures WHERE failed_at >= ? ORDER BY failed_at",
        since,
      )
      .toArray()
      .map((row) => row.failed_at);
  }

  recordLoginFailure(now: number, forgetBefore: number): void {
    this.sql.exec("DELETE FROM login_failures WHERE failed_at < ?", forgetBefore);
    this.sql.exec("INSERT INTO login_failures (failed_at) VALUES (?)", now);
  }

  clearLoginFailures(): void {
    this.sql.exec("DELETE FROM login_failures");
  }

  // ── Interviews ────────────────────────────────────────────────────────────

  /** The interview, and its job posting when it has one; requirements are numbered "r1", "r2"… in order. */
  insertInterview(id: string, input: NewInterviewForJob, now: number): InterviewSummary {
    const row = this.sql
      .exec<InterviewRow>(
        `INSERT INTO interviews (id, title, skills, question_count, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'created', ?, ?) RETURNING *`,
        id,
        input.title,
        JSON.stringify(input.skills),
        input.questionCount,
        now,
        now,
      )
      .one();
    const requirements: Requirement[] = (input.requirements ?? []).map((r, i) => ({ id: `r${i + 1}`, text: r.text, kind: r.kind }));
    if (input.jobDescription || input.resume || requirements.length > 0) {
      this.sql.exec(
        "INSERT INTO job_postings (interview_id, job_description, resume, requirements) VALUES (?, ?, ?, ?)",
        id,
        input.jobDescription ?? null,
        input.resume ?? null,
        JSON.stringify(requirements),
      );
    }
    return toSummary(row);
  }

  /** What the interview practises for; nulls and no requirements for an interview without a posting. */
  readJobPosting(id: string): { jobDescription: string | null; resume: string | null; requirements: Requirement[] } {
    const row = this.sql
      .exec<{ job_description: string | null; resume: string | null; requirements: string }>(
        "SELECT job_description, resume, requirements FROM job_postings WHERE interview_id = ?",
        id,
      )
      .toArray()[0];
    return {
      jobDescription: row?.job_description ?? null,
      resume: row?.resume ?? null,
      requirements: row ? (JSON.parse(row.requirements) as Requirement[]) : [],
    };
  }

  readInterview(id: string): InterviewSummary | null {
    const row = this.sql.exec<InterviewRow>("SELECT * FROM interviews WHERE id = ?", id).toArray()[0];
    return row ? toSummary(row) : null;
  }

  /** Newest first, each with its report's score; `before` is the (created_at, id) of the last row of the previous page. */
  listInterviews(limit: number, before?: { createdAt: number; id: string }): InterviewListItem[] {
    const rows = before
      ? this.sql.exec<ListedInterviewRow>(
          `${LISTED_INTERVIEWS} WHERE (interviews.created_at, interviews.id) < (?, ?)
           ORDER BY interviews.created_at DESC, interviews.id DESC LIMIT ?`,
          before.createdAt,
          before.id,
          limit,
        )
      : this.sql.exec<ListedInterviewRow>(`${LISTED_INTERVIEWS} ORDER BY interviews.created_at DESC, interviews.id DESC LIMIT ?`, limit);
    return rows.toArray().map(toListItem);
  }

  /** Completed interviews, oldest first, at most the last 200 (the charts need no more). */
  listCompletedInterviews(): InterviewSummary[] {
    return this.sql
      .exec<InterviewRow>("SELECT * FROM (SELECT * FROM interviews WHERE status = 'completed' ORDER BY created_at DESC LIMIT 200) ORDER BY created_at")
      .toArray()
      .map(toSummary);
  }

  /** The interview and everything recorded in it: messages, attempts, audio, the interviewer's voice, events, report, job posting. */
  deleteInterview(id: string): boolean {
    this.sql.exec("DELETE FROM speech_audio WHERE message_id IN (SELECT id FROM messages WHERE interview_id = ?)", id);
    this.sql.exec("DELETE FROM audio_segments WHERE message_id IN (SELECT id FROM messages WHERE interview_id = ?)", id);
    this.sql.exec("DELETE FROM events WHERE interview_id = ?", id);
    this.sql.exec("DELETE FROM reports WHERE interview_id = ?", id);
    this.sql.exec("DELETE FROM job_postings WHERE interview_id = ?", id);
    this.sql.exec("DELETE FROM messages WHERE interview_id = ?", id);
    return this.sql.exec("DELETE FROM interviews WHERE id = ?", id).rowsWritten > 0;
  }
}

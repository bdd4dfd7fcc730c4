import { describe, expect, it } from "vitest";
import type { Report } from "../protocol/report";
import { interviewPageSchema, type InterviewDetail, type InterviewPage, type InterviewSummary } from "../protocol/rest";
import { api, registerUser, type TestUser } from "../test/api-client";
import { finishedInterview } from "../test/finished-interview";

/** A typed answer to a SQL question that the offline scorer can score. */
const SOLID_ANSWER =
  "In my last project we had a slow reporting query on a large orders table. For example, I added a composite index " +
  "and rewrote a subquery as a join. The result was that the report went from nine seconds to three hundred milliseconds.";

async function create(user: TestUser, body: unknown): Promise<Response> {
  return api("/interviews", { method: "POST", cookie: user.cookie, json: body });
}

describe("interviews", () => {
  it("creates an interview and returns it with status created", async () => {
    const user = await registerUser();
    const response = await create(user, { title: " Backend Developer ", skills: ["SQL", "sql", "Node.js"] });
    expect(response.status).toBe(201);
    const interview = (await response.json()) as InterviewSummary;
    expect(interview).toMatchObject({
      title: "Backend Developer",
      skills: ["sql", "Node.js"],
      questionCount: 5,
      status: "created",
    });
    expect(interview.interviewId).toMatch(/^[0-9a-f-]{36}$/);

    const detail = await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie });
    expect(detail.status).toBe(200);
    expect((await detail.json()) as InterviewDetail).toEqual({ ...interview, messages: [], jobDescription: null, resume: null, requirements: [] });
  });

  it("answers bad input with 400 and one message per field", async () => {
    const user = await registerUser();
    const response = await create(user, { title: "", skills: [], questionCount: 99 });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "Some fields need attention.",
        fields: {
          title: "Enter the role you are practising for.",
          skills: "Choose at least one skill.",
          questionCount: "Ask at most 15 questions.",
        },
      },
    });
    const list = (await (await api("/interviews", { cookie: user.cookie })).json()) as InterviewPage;
    expect(list.interviews).toEqual([]);
  });

  it("lists newest first, without messages, in pages", async () => {
    const user = await registerUser();
    const titles = ["First", "Second", "Third", "Fourth", "Fifth"];
    for (const title of titles) {
      expect((await create(user, { title, skills: ["React"] })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = (await (await api(`/interviews${query}`, { cookie: user.cookie })).json()) as InterviewPage;
      expect(page.interviews.length).toBeLessThanOrEqual(2);
      for (const interview of page.interviews) {
        expect(interview).not.toHaveProperty("messages");
        seen.push(interview.title);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...titles].reverse());
  });

  it("lists each interview with its report's overall score: a number, not enough to score, or no report yet", async () => {
    const user = await registerUser();
    const scored = await finishedInterview(user, [SOLID_ANSWER]);
    const unscored = await finishedInterview(user, ["blah blah blah blah blah blah blah blah"]);
    // Written here rather than waited for: the background write as each interview completes may still be running.
    for (const { interviewId } of [scored, unscored]) {
      expect((await api(`/interviews/${interviewId}/report`, { method: "POST", cookie: user.cookie })).status).toBe(200);
    }
    const fresh = (await (await create(user, { title: "Not started", skills: ["SQL"] })).json()) as InterviewSummary;

    const page = interviewPageSchema.parse(await (await api("/interviews", { cookie: user.cookie })).json());
    const byId = new Map(page.interviews.map((interview) => [interview.interviewId, interview]));
    const score = byId.get(scored.interviewId)?.report?.score;
    expect(score).toBeGreaterThanOrEqual(1);
    expect(score).toBeLessThanOrEqual(5);
    expect(byId.get(unscored.interviewId)).toMatchObject({ status: "completed", report: { score: null } });
    expect(byId.get(fresh.interviewId)).toMatchObject({ status: "created", report: null });
    // The same score as the report itself.
    const report = (await (await api(`/interviews/${scored.interviewId}/report`, { cookie: user.cookie })).json()) as Report;
    expect(score).toBe(report.overall.score);
  });

  it("rejects a page size or cursor it does not understand", async () => {
    const user = await registerUser();
    expect((await api("/interviews?limit=500", { cookie: user.cookie })).status).toBe(400);
    expect((await api("/interviews?cursor=DROP%20TABLE", { cookie: user.cookie })).status).toBe(400);
  });

  it("deletes an interview; afterwards it is not found", async () => {
    const user = await registerUser();
    const { interviewId } = (await (await create(user, { title: "Tech Lead", skills: ["Testing"] })).json()) as InterviewSummary;
    expect((await api(`/interviews/${interviewId}`, { method: "DELETE", cookie: user.cookie })).status).toBe(204);
    expect((await api(`/interviews/${interviewId}`, { cookie: user.cookie })).status).toBe(404);
    expect((await api(`/interviews/${interviewId}`, { method: "DELETE", cookie: user.cookie })).status).toBe(404);
  });

  it("treats another user's interview as unknown: 404 to read and to delete", async () => {
    const owner = await registerUser("owner");
    const other = await registerUser("other");
    const { interviewId } = (await (await create(owner, { title: "Secret", skills: ["Python"] })).json()) as InterviewSummary;
    const read = await api(`/interviews/${interviewId}`, { cookie: other.cookie });
    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ error: { code: "not_found", message: "No such interview." } });
    expect((await api(`/interviews/${interviewId}`, { method: "DELETE", cookie: other.cookie })).status).toBe(404);
    expect((await api(`/interviews/${interviewId}`, { cookie: owner.cookie })).status).toBe(200);
  });

  it("answers a malformed id with 404, not an error", async () => {
    const user = await registerUser();
    expect((await api("/interviews/not-an-id", { cookie: user.cookie })).status).toBe(404);
  });

  it("requires a session for every route", async () => {
    for (const [method, path] of [
      ["GET", "/interviews"],
      ["POST", "/interviews"],
      ["GET", `/interviews/${crypto.randomUUID()}`],
      ["DELETE", `/interviews/${crypto.randomUUID()}`],
    ] as const) {
      const response = await api(path, { method, json: method === "POST" ? { title: "x", skills: ["y"] } : undefined });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it("answers unknown API routes with the common 404 shape", async () => {
    const response = await api("/nope");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

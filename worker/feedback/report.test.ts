import { describe, expect, it } from "vitest";
import type { Progress } from "../protocol/progress";
import { isQuoteFrom, reportSchema, type Report } from "../protocol/report";
import type { InterviewDetail, InterviewSummary } from "../protocol/rest";
import { api, registerUser } from "../test/api-client";
import { finishedInterview, reportOf } from "../test/finished-interview";

const STRONG =
  "At my last job we had a slow reporting query on the orders table that took nine seconds. I needed to make it fast " +
  "before the quarterly review. I used explain analyze to read the query plan, found a sequential scan, and added a " +
  "composite index on customer id and order date. I also rewrote a correlated subquery as a join. As a result the " +
  "report went from nine seconds to three hundred milliseconds, and I learned to measure before changing anything.";

describe("feedback report", () => {
  it("is written when the interview completes, quotes only what the candidate said, and can be written again", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [STRONG]);
    const response = await reportOf(user, interview);
    expect(response.status).toBe(200);
    const report = reportSchema.parse(await response.json()) as Report;
    expect(report.provider).toBe("offline");
    // Everything was typed, so both sides are timed from their words: the share is the candidate's share of words.
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    const wordsBy = (role: string) => detail.messages.filter((m) => m.role === role).reduce((n, m) => n + m.content.split(/\s+/).filter(Boolean).length, 0);
    expect(report.overall.talkShare).toBeCloseTo(wordsBy("user") / (wordsBy("user") + wordsBy("assistant")), 2);
    expect(report.questions.length).toBeGreaterThanOrEqual(1);
    for (const question of report.questions) {
      const quotes = [
        ...question.strengths.map((e) => e.quote),
        ...question.improvements.map((e) => e.quote),
        ...Object.values(question.rubric ?? {}).map((r) => r.quote),
      ];
      for (const quote of quotes) expect(isQuoteFrom(quote, question.answer), quote).toBe(true);
    }

    const again = await api(`/interviews/${interview.interviewId}/report`, { method: "POST", cookie: user.cookie });
    expect(again.status).toBe(200);
    expect(((await again.json()) as Report).generatedAt).toBeGreaterThanOrEqual(report.generatedAt);
  });

  it("gives no score when nothing said can be scored", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, ["blah blah blah blah blah blah blah blah"]);
    const report = (await (await reportOf(user, interview)).json()) as Report;
    expect(report.overall.score).toBeNull();
    expect(report.questions.every((q) => q.verdict === "not_enough" && q.rubric === null)).toBe(true);
  });

  it("is 404 before the interview finishes and for another user's interview; writing it early is 409", async () => {
    const owner = await registerUser("owner");
    const other = await registerUser("other");
    const interview = await finishedInterview(owner, [STRONG]);
    expect((await api(`/interviews/${interview.interviewId}/report`, { cookie: other.cookie })).status).toBe(404);
    const fresh = (await (await api("/interviews", { method: "POST", cookie: owner.cookie, json: { title: "X", skills: ["SQL"] } })).json()) as InterviewSummary;
    expect((await api(`/interviews/${fresh.interviewId}/report`, { cookie: owner.cookie })).status).toBe(404);
    expect((await api(`/interviews/${fresh.interviewId}/report`, { method: "POST", cookie: owner.cookie })).status).toBe(409);
  });
});

describe("progress", () => {
  it("has one point per completed interview with a report, oldest first, and names the weakest skill", async () => {
    const user = await registerUser();
    const first = await finishedInterview(user, [STRONG]);
    const second = await finishedInterview(user, ["blah blah blah blah blah blah blah blah"]);
    await reportOf(user, second);
    const response = await api("/progress", { cookie: user.cookie });
    expect(response.status).toBe(200);
    const progress = (await response.json()) as Progress;
    expect(progress.points.map((p) => p.interviewId)).toEqual([first.interviewId, second.interviewId]);
    expect(progress.points[1]!.score).toBeNull();
    expect(progress.points[0]!.wordsPerMinute).toBeNull(); // typed answers have no speaking rate
    if (progress.points[0]!.score !== null) expect(progress.weakestSkill).not.toBeNull();
    expect((await api("/progress")).status).toBe(401);
  });

  it("names the job posting of each interview, the same posting pasted again (re-spaced) under the same key", async () => {
    const user = await registerUser();
    const posting = "Senior Backend Engineer — Ledgerly\n\nRequirements\n- PostgreSQL\n- Kafka";
    const first = await finishedInterview(user, [STRONG], { jobDescription: posting });
    const again = await finishedInterview(user, [STRONG], { jobDescription: posting.replaceAll("\n", "\n\n  ").toUpperCase() });
    const other = await finishedInterview(user, [STRONG], { jobDescription: "Data Engineer at Acme\n- Spark" });
    const none = await finishedInterview(user, [STRONG]);
    for (const interview of [first, again, other, none]) await reportOf(user, interview);
    const { points } = (await (await api("/progress", { cookie: user.cookie })).json()) as Progress;
    const postingOf = (id: string) => points.find((p) => p.interviewId === id)!.posting;
    expect(postingOf(first.interviewId)).toEqual({ key: expect.stringMatching(/^[0-9a-f]{8}$/), label: "Senior Backend Engineer — Ledgerly" });
    expect(postingOf(again.interviewId)!.key).toBe(postingOf(first.interviewId)!.key);
    expect(postingOf(other.interviewId)).toEqual({ key: expect.not.stringMatching(postingOf(first.interviewId)!.key), label: "Data Engineer at Acme" });
    expect(postingOf(none.interviewId)).toBeNull();
  });
});

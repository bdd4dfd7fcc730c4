// The report's requirements section on answers scored by the offline scorer: what counts as shown,
// which words are quoted, and what to practise next.
import { describe, expect, it } from "vitest";
import { questionForRequirement } from "../ai/offline/requirement-questions";
import type { PlannedQuestion } from "../ai/offline";
import { isQuoteFrom, overallScore, type QuestionFeedback } from "../protocol/report";
import type { Requirement } from "../protocol/requirement";
import { scoreAnswer } from "./offline/score-answer";
import { requirementEvidence } from "./requirement-evidence";

const requirements: Requirement[] = [
  { id: "r1", text: "Design and operate event-driven services on Kafka", kind: "responsibility" },
  { id: "r2", text: "Mentor junior engineers through code review", kind: "responsibility" },
  { id: "r3", text: "Strong experience with PostgreSQL", kind: "qualification" },
  { id: "r4", text: "Experience running Kubernetes in production", kind: "qualification" },
  { id: "r5", text: "Own the on-call rotation for payment systems", kind: "responsibility" },
];

const kafkaStory =
  "At Ledgerly our billing events were lost whenever a consumer crashed, and I was asked to fix it before the audit. " +
  "I designed an event-driven pipeline on Kafka with idempotent consumers and a dead-letter topic, and I operated it with alerts on consumer lag. " +
  "As a result we lost no events in six months and the audit passed.";
const mentorWeak = "I don't know, I guess I reviewed some code once.";
const sqlAnswer =
  "I would start with the query plan, look at the slow joins and add the right index. " +
  "Last year I moved our reporting queries to PostgreSQL and used EXPLAIN ANALYZE to cut a report from 40 seconds to 2 seconds. " +
  "I have never run Kubernetes in production, we deployed on plain virtual machines.";

const plan: PlannedQuestion[] = [
  questionForRequirement(requirements[0]!),
  questionForRequirement(requirements[1]!),
  {
    id: "sql-1",
    text: "How would you find and fix a slow SQL query?",
    kind: "technical",
    skill: "SQL",
    talkingPoints: ["query plan", "index", "measure"],
  },
  questionForRequirement(requirements[4]!),
];

const asked: QuestionFeedback[] = [
  scoreAnswer(plan[0]!, kafkaStory, null),
  scoreAnswer(plan[1]!, mentorWeak, null),
  scoreAnswer(plan[2]!, sqlAnswer, null),
];

describe("requirementEvidence", () => {
  const report = requirementEvidence(requirements, plan, asked);
  const byId = new Map(report.items.map((r) => [r.requirementId, r]));

  it("credits a requirement whose story was told well, quoting the sentence of the answer that names it", () => {
    const kafka = byId.get("r1")!;
    expect(kafka.status).toBe("shown");
    expect(kafka.questionId).toBe(plan[0]!.id);
    expect(kafka.quote).toContain("event-driven pipeline on Kafka");
    expect(isQuoteFrom(kafka.quote!, kafkaStory)).toBe(true);
    expect(kafka.score).toBeGreaterThanOrEqual(3);
  });

  it("marks an asked requirement whose answer had too little as not shown, without a quote", () => {
    expect(byId.get("r2")).toMatchObject({ status: "not_shown", questionId: plan[1]!.id, quote: null, score: null });
  });

  it("credits a requirement shown in passing in another answer, and not one the candidate denies", () => {
    const postgres = byId.get("r3")!;
    expect(postgres).toMatchObject({ status: "shown", questionId: "sql-1" });
    expect(postgres.quote).toContain("moved our reporting queries to PostgreSQL");
    expect(byId.get("r4")).toMatchObject({ status: "not_asked", quote: null, question: null });
  });

  it("says not asked for a requirement whose question was planned but never reached", () => {
    expect(byId.get("r5")).toMatchObject({ status: "not_asked", questionId: null });
  });

  it("puts what was not shown before what was not asked in the three to practise next", () => {
    expect(report.practiseNext).toEqual(["r2", "r4", "r5"]);
  });

  it("does not count the requirement's own words in a weak answer to its question as showing it", () => {
    const weakButWordy = "I mentor junior engineers through code review. It is something the team does and it went fine I think.";
    const feedback = scoreAnswer(plan[1]!, weakButWordy, null);
    const result = requirementEvidence([requirements[1]!], plan, [feedback]).items[0]!;
    expect(feedback.verdict).toBe("scored");
    expect(result).toMatchObject({ status: "not_shown", quote: null });
    expect(result.score).toBeLessThan(3);
  });

  it("does not credit a requirement to a well-told story that never says anything of it", () => {
    const kubernetes: Requirement = { id: "r7", text: "Experience running Kubernetes in production", kind: "qualification" };
    const question = questionForRequirement(kubernetes);
    const story =
      "Last year our payment API went down at night while I was on call. I owned the incident: I rolled back the release, " +
      "then led the incident review the next morning and wrote the postmortem with three actions. As a result we had no repeat incident in six months.";
    const feedback = scoreAnswer(question, story, null);
    expect(overallScore(feedback)).toBeGreaterThanOrEqual(3);
    expect(requirementEvidence([kubernetes], [question], [feedback]).items[0]).toMatchObject({ status: "not_shown", quote: null });
  });

  it("keeps every quote within the report's 400-character limit, as words of the answer", () => {
    const rambling = `${"I designed the Kafka consumers and ".repeat(20)}it worked.`;
    const feedback = scoreAnswer({ ...plan[2]!, id: "sql-2" }, `${sqlAnswer} ${rambling}`, null);
    const result = requirementEvidence([requirements[0]!], [], [feedback]).items[0]!;
    expect(result.status).toBe("shown");
    expect(result.quote!.length).toBeLessThanOrEqual(400);
    expect(isQuoteFrom(result.quote!, feedback.answer)).toBe(true);
  });
});

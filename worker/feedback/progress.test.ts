import { describe, expect, it } from "vitest";
import type { PlannedQuestion } from "../ai/offline";
import type { DeliveryMetrics } from "../protocol/feedback";
import { RUBRIC_KEYS, reportSchema, type QuestionFeedback, type Report } from "../protocol/report";
import type { InterviewSummary } from "../protocol/rest";
import { progress, progressPoint } from "./progress";

const ANSWER = "I would add an index on the column we filter by and check the query plan again.";

const planned = (id: string, kind: PlannedQuestion["kind"], skill?: string): PlannedQuestion => ({
  id,
  kind,
  ...(skill && { skill }),
  text: `Question ${id}?`,
  talkingPoints: ["a point"],
});

const spoken = (wordsPerMinute: number | null, fillersPerMinute: number | null): DeliveryMetrics => ({
  kind: "voice",
  words: 40,
  characters: 200,
  speakingMs: 20_000,
  wordsPerMinute,
  fillers: { total: 0, perMinute: fillersPerMinute, counts: {} },
  longPauses: { count: 0, totalMs: 0 },
  notes: [],
});

const typed: DeliveryMetrics = { ...spoken(null, null), kind: "text", speakingMs: null, longPauses: null };

/** A question's feedback; `rubric` lists the four rubric scores in order, or null for "not enough to score". */
function question(questionId: string, kind: QuestionFeedback["kind"], rubric: number[] | null, metrics: DeliveryMetrics): QuestionFeedback {
  return {
    questionId,
    question: `Question ${questionId}?`,
    kind,
    answer: ANSWER,
    verdict: rubric ? "scored" : "not_enough",
    notEnoughReason: rubric ? null : "Too short to score.",
    strengths: [],
    improvements: [],
    star: null,
    talkingPoints: null,
    rubric: rubric && Object.fromEntries(RUBRIC_KEYS.map((key, i) => [key, { score: rubric[i]!, quote: "an index", why: "Because." }])),
    metrics,
  } as QuestionFeedback;
}

function report(interviewId: string, score: number | null, questions: QuestionFeedback[]): Report {
  return reportSchema.parse({
    interviewId,
    generatedAt: 0,
    provider: "offline",
    questions,
    overall: { score, summary: "Summary.", nextSteps: [] },
  });
}

const interview = (interviewId: string, createdAt: number): InterviewSummary => ({
  interviewId,
  title: `Interview ${interviewId}`,
  skills: ["SQL", "React"],
  questionCount: 5,
  status: "completed",
  createdAt,
  updatedAt: createdAt,
});

// The later interview: two SQL questions, a typed behavioural answer, an unscored opener and an
// unscored React answer too short to measure.
const laterPlan = [
  planned("opener-1", "role"),
  planned("sql-1", "technical", "SQL"),
  planned("sql-2", "technical", "SQL"),
  planned("beh-1", "behavioural"),
  planned("react-1", "technical", "React"),
];
const later = progressPoint(
  interview("later", 2_000),
  report("later", 2.8, [
    question("opener-1", "role", null, spoken(100, 1)),
    question("sql-1", "technical", [4, 4, 4, 4], spoken(120, 2)), // 4
    question("sql-2", "technical", [3, 3, 2, 2], spoken(150, 5)), // 2.5
    question("beh-1", "behavioural", [2, 2, 2, 2], typed), // 2
    question("react-1", "technical", null, spoken(null, null)),
  ]),
  laterPlan,
);

// The earlier interview: one SQL and one behavioural question, both spoken.
const earlierPlan = [planned("sql-3", "technical", "SQL"), planned("beh-2", "behavioural")];
const earlier = progressPoint(
  interview("earlier", 1_000),
  report("earlier", 2.4, [
    question("sql-3", "technical", [2, 2, 2, 3], spoken(90, 0)), // 2.25
    question("beh-2", "behavioural", [3, 3, 2, 2], spoken(141, 3)), // 2.5
  ]),
  earlierPlan,
);

describe("progressPoint", () => {
  it("gives each skill asked about the mean score of its scored questions and the delivery of its spoken answers", () => {
    expect(later.skills).toEqual({
      SQL: { score: 3.3, wordsPerMinute: 135, fillersPerMinute: 3.5 },
      // Typed: scored, but nothing to measure the delivery from.
      Behavioural: { score: 2, wordsPerMinute: null, fillersPerMinute: null },
      // Not enough to score, and spoken too briefly for a rate.
      React: { score: null, wordsPerMinute: null, fillersPerMinute: null },
    });
    expect(earlier.skills).toEqual({
      SQL: { score: 2.3, wordsPerMinute: 90, fillersPerMinute: 0 },
      Behavioural: { score: 2.5, wordsPerMinute: 141, fillersPerMinute: 3 },
    });
  });

  it("keeps the interview-wide numbers over every spoken answer, whatever its skill", () => {
    expect(later).toMatchObject({ interviewId: "later", title: "Interview later", createdAt: 2_000, score: 2.8 });
    // (100 + 120 + 150) / 3 and (1 + 2 + 5) / 3, to one decimal.
    expect(later.wordsPerMinute).toBe(123.3);
    expect(later.fillersPerMinute).toBe(2.7);
    expect(earlier.wordsPerMinute).toBe(115.5);
    expect(earlier.fillersPerMinute).toBe(1.5);
  });

  it("has no skills for questions missing from the plan, and nothing to measure when every answer was typed", () => {
    const point = progressPoint(
      interview("typed", 3_000),
      report("typed", null, [question("unplanned", "technical", [5, 5, 5, 5], typed), question("opener-1", "role", null, typed)]),
      [planned("opener-1", "role")],
    );
    expect(point.skills).toEqual({});
    expect(point).toMatchObject({ score: null, wordsPerMinute: null, fillersPerMinute: null });
  });
});

describe("progress", () => {
  it("puts the points oldest first and names the skill with the lowest mean score", () => {
    const result = progress([later, earlier]);
    expect(result.points.map((p) => p.interviewId)).toEqual(["earlier", "later"]);
    // Behavioural: (2.5 + 2) / 2 = 2.25, shown as 2.3; SQL: (2.3 + 3.3) / 2 = 2.8.
    // React was never scored, so it is not a candidate (rather than counting as zero).
    expect(result.weakestSkill).toEqual({ skill: "Behavioural", score: 2.3 });
  });

  it("names no weakest skill when nothing was scored", () => {
    const unscored = progressPoint(
      interview("unscored", 1_000),
      report("unscored", null, [question("sql-1", "technical", null, spoken(110, 2))]),
      laterPlan,
    );
    expect(unscored.skills).toEqual({ SQL: { score: null, wordsPerMinute: 110, fillersPerMinute: 2 } });
    expect(progress([unscored])).toEqual({ points: [unscored], weakestSkill: null });
    expect(progress([])).toEqual({ points: [], weakestSkill: null });
  });
});

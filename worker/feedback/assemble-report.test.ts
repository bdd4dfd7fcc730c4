import { describe, expect, it } from "vitest";
import { RUBRIC_KEYS, type QuestionFeedback } from "../protocol/report";
import { unscoredFeedback } from "../test/feedback-fixtures";
import { assembleReport } from "./assemble-report";

const scoredFeedback = (questionId: string, score: number): QuestionFeedback =>
  unscoredFeedback({
    questionId,
    verdict: "scored",
    notEnoughReason: null,
    answer: "I added an index.",
    rubric: Object.fromEntries(RUBRIC_KEYS.map((key) => [key, { score, quote: "added an index", why: "Concrete." }])) as QuestionFeedback["rubric"],
  });

const summaryOf = (questions: QuestionFeedback[]) => assembleReport("i1", "offline", questions, null, 0).overall.summary;

describe("assembleReport summary", () => {
  it("speaks of one answer in the singular", () => {
    expect(summaryOf([unscoredFeedback()])).toMatch(/^Your answer did not have enough in it to score\./);
    expect(summaryOf([scoredFeedback("q1", 4)])).toMatch(/^Your answer scored 4 out of 5\./);
  });

  it("counts several answers in the plural", () => {
    expect(summaryOf([unscoredFeedback(), unscoredFeedback({ questionId: "q2" })])).toMatch(/^None of your 2 answers had enough in them to score\./);
    expect(summaryOf([scoredFeedback("q1", 4), unscoredFeedback({ questionId: "q2" })])).toMatch(
      /^1 of your 2 answers could be scored, averaging 4 out of 5\./,
    );
  });
});

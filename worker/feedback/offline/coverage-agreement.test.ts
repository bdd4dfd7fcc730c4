// Scores the offline scorer's talking-point coverage against hand-made judgments, and shows where
// the two disagree.
import { describe, expect, it } from "vitest";
import { GENERAL_TEMPLATES, generalQuestion, OPENER_TEMPLATES, openerQuestion } from "../../ai/offline/question-bank";
import type { PlannedQuestion } from "../../ai/offline/types";
import { analyse } from "./analysis";
import { bankQuestion } from "./fixtures";
import { COVERAGE_JUDGMENTS, type CoverageJudgment } from "./fixtures-coverage";

/** What a careful rater and the scorer must agree on at least this often. */
const MIN_AGREEMENT = 0.9;

function questionOf(judgment: CoverageJudgment): PlannedQuestion {
  const general = GENERAL_TEMPLATES.find((t) => t.id === judgment.questionId);
  if (general) return generalQuestion(general, judgment.fill!);
  const opener = OPENER_TEMPLATES.find((t) => t.id === judgment.questionId);
  if (opener) return openerQuestion(opener, judgment.fill!);
  return bankQuestion(judgment.questionId);
}

const rows = COVERAGE_JUDGMENTS.flatMap((judgment) => {
  const question = questionOf(judgment);
  const found = new Map(analyse(question, judgment.answer).points.map((p) => [p.point, p.quote !== null]));
  return Object.entries(judgment.covered).map(([point, covered]) => ({ question, point, covered, scored: found.get(point) }));
});

describe("coverage judgments", () => {
  it("judge every talking point of real questions, across kinds, with paraphrases and near misses", () => {
    for (const judgment of COVERAGE_JUDGMENTS) {
      expect(Object.keys(judgment.covered).sort(), judgment.questionId).toEqual([...questionOf(judgment).talkingPoints].sort());
    }
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((row) => row.question.kind))).toEqual(new Set(["technical", "role", "behavioural"]));
    expect(rows.filter((row) => row.covered).length).toBeGreaterThan(rows.length / 3);
    expect(rows.filter((row) => !row.covered).length).toBeGreaterThan(rows.length / 5);
  });

  it(`agree with the scorer at least ${MIN_AGREEMENT * 100}% of the time`, () => {
    const disagreements = rows.filter((row) => row.scored !== row.covered);
    const agreed = rows.length - disagreements.length;
    const summary = disagreements.map((row) => `  ${row.question.id} "${row.point}": rater ${row.covered ? "yes" : "no"}, scorer ${row.scored ? "yes" : "no"}`);
    console.info([`coverage agreement: ${agreed}/${rows.length} (${((agreed / rows.length) * 100).toFixed(1)}%)`, ...summary].join("\n"));
    expect(agreed / rows.length).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
});

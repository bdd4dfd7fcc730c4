// Checks that the feedback never contradicts itself: no quote shows a point the report calls
// missing, no praise for going to the question in an answer that never does, no signposting
// credit for "1 second".
import { describe, expect, it } from "vitest";
import { openerQuestion, OPENER_TEMPLATES } from "../../ai/offline/question-bank";
import { pointMade } from "../../ai/offline/coverage";
import type { QuestionFeedback } from "../../protocol/report";
import { ANSWER_PAIRS, bankQuestion } from "./fixtures";
import { COVERAGE_JUDGMENTS } from "./fixtures-coverage";
import { scoreAnswer } from "./score-answer";

const opener = openerQuestion(OPENER_TEMPLATES.find((t) => t.id === "opener-04")!, "Frontend Engineer");
const PROJECT_ANSWER =
  "Sure, in my last role I built a dashboard for a logistics company using React and TypeScript. I owned the whole frontend, from the data tables to the charts, and I set up the component tests. It cut our regression bugs by about half, and page load went from 4 seconds to 1 second. That is the kind of frontend work I'd like to keep doing here.";

/** Quotes offered as proof of something good: strengths and the rubric's reasons. */
function praiseQuotes(feedback: QuestionFeedback): string[] {
  return [...feedback.strengths.map((item) => item.quote), ...Object.values(feedback.rubric ?? {}).map((entry) => entry.quote)];
}

const scored = [
  ...ANSWER_PAIRS.flatMap((pair) => [pair.strong, pair.weak].map((answer) => ({ question: bankQuestion(pair.questionId), answer }))),
  ...COVERAGE_JUDGMENTS.filter((j) => !j.fill).map((j) => ({ question: bankQuestion(j.questionId), answer: j.answer })),
  { question: opener, answer: PROJECT_ANSWER },
].map(({ question, answer }) => ({ question, feedback: scoreAnswer(question, answer, null) }));

describe("feedback", () => {
  it("never quotes, as a strength or a score's evidence, words that make a point it calls missing", () => {
    for (const { question, feedback } of scored) {
      if (feedback.verdict !== "scored" || !feedback.talkingPoints) continue;
      const missing = feedback.talkingPoints.filter((p) => p.quote === null).map((p) => p.point);
      for (const quote of praiseQuotes(feedback)) {
        for (const point of missing) expect(pointMade(point, quote, question.kind), `${question.id} "${point}" in "${quote}"`).toBe(false);
      }
    }
  });

  it("credits the points of a project told in the candidate's own words, with quotes that show them", () => {
    const feedback = scoreAnswer(opener, PROJECT_ANSWER, null);
    expect(feedback.talkingPoints!.filter((p) => p.quote === null)).toEqual([]);
    const quoteOf = (point: string) => feedback.talkingPoints!.find((p) => p.point === point)!.quote!;
    expect(quoteOf("impact")).toMatch(/half|4 seconds/);
    expect(quoteOf("technologies used")).toMatch(/React and TypeScript/);
    expect(quoteOf("your contribution")).toMatch(/I built|I owned/);
    expect(feedback.improvements.map((item) => item.point).join(" ")).not.toMatch(/did not mention/);
  });

  it("gives no signposting credit for a duration or a kind of cache", () => {
    const feedback = scoreAnswer(opener, PROJECT_ANSWER, null);
    expect(feedback.rubric!.structure.why).not.toMatch(/"second"/);
    const cache = `${PROJECT_ANSWER} We also added a second-level cache for the charts.`;
    expect(scoreAnswer(opener, cache, null).rubric!.structure.why).not.toMatch(/signposted/);
  });

  it("does not praise an answer for going to the question, or for its example, when it makes none of the question's points", () => {
    const question = bankQuestion("js-10");
    const answer =
      "At my last job we had a team of five and I organised the sprint planning. We talked through the tickets every Monday, and I made sure everyone knew their priorities, because otherwise people got blocked for days.";
    const feedback = scoreAnswer(question, answer, null);
    expect(feedback.verdict).toBe("scored");
    expect(feedback.talkingPoints!.every((p) => p.quote === null)).toBe(true);
    const praise = feedback.strengths.map((item) => item.point).join(" ");
    expect(praise).not.toMatch(/straight to the question|real example|concrete figure|key points/);
  });

  it("still praises an answer that opens on the question", () => {
    const pair = ANSWER_PAIRS.find((p) => p.questionId === "js-10")!;
    const feedback = scoreAnswer(bankQuestion("js-10"), pair.strong, null);
    expect(feedback.rubric!.structure.score).toBeGreaterThanOrEqual(3);
    expect(feedback.strengths.length).toBeGreaterThan(0);
  });
});

// Checks the offline scorer against hand-written fixtures: strong answers outrank weak ones, empty
// and nonsense answers are not scored, and every quote is the candidate's own words.
import { describe, expect, it } from "vitest";
import { isQuoteFrom, questionFeedbackSchema, RUBRIC_KEYS, type QuestionFeedback } from "../../protocol/report";
import { ANSWER_PAIRS, bankQuestion, UNSCORABLE_ANSWERS } from "./fixtures";
import { overallScore } from "../../protocol/report";
import { OFF_TOPIC_CAP, scoreAnswer } from "./score-answer";
import { MAX_QUOTE_WORDS } from "./sentences";
import { REASONS } from "./unscorable";

/** Every quote anywhere in the feedback. */
function quotesOf(feedback: QuestionFeedback): string[] {
  return [
    ...Object.values(feedback.rubric ?? {}).map((entry) => entry.quote),
    ...feedback.strengths.map((item) => item.quote),
    ...feedback.improvements.map((item) => item.quote),
    ...Object.values(feedback.star ?? {}),
    ...(feedback.talkingPoints ?? []).map((item) => item.quote),
  ].filter((quote): quote is string => quote !== null);
}

const scoredPairs = ANSWER_PAIRS.map((pair) => {
  const question = bankQuestion(pair.questionId);
  return { pair, question, strong: scoreAnswer(question, pair.strong, null), weak: scoreAnswer(question, pair.weak, null) };
});
const unscorable = UNSCORABLE_ANSWERS.map((item) => ({ item, feedback: scoreAnswer(bankQuestion(item.questionId), item.answer, null) }));
const allFeedback = [...scoredPairs.flatMap(({ strong, weak }) => [strong, weak]), ...unscorable.map(({ feedback }) => feedback)];

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe("fixtures", () => {
  it("cover technical, behavioural and role questions, with real-length answers", () => {
    expect(ANSWER_PAIRS.length).toBeGreaterThanOrEqual(20);
    expect(UNSCORABLE_ANSWERS.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(scoredPairs.map(({ question }) => question.kind));
    expect([...kinds].sort()).toEqual(["behavioural", "role", "technical"]);
    expect(new Set(scoredPairs.map(({ question }) => question.skill).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    for (const { pair } of scoredPairs) {
      expect(words(pair.strong), pair.questionId).toBeGreaterThanOrEqual(80);
      expect(words(pair.strong), pair.questionId).toBeLessThanOrEqual(200);
      expect(words(pair.weak), pair.questionId).toBeGreaterThanOrEqual(30);
      expect(words(pair.weak), pair.questionId).toBeLessThanOrEqual(70);
    }
  });
});

describe("scoreAnswer on strong and weak answers", () => {
  it.each(scoredPairs.map((entry) => [entry.pair.questionId, entry] as const))("%s: both scored, strong above weak", (_, entry) => {
    expect(entry.strong.verdict).toBe("scored");
    expect(entry.weak.verdict).toBe("scored");
    expect(overallScore(entry.strong)!).toBeGreaterThan(overallScore(entry.weak)!);
  });

  it("ties behavioural answers to STAR parts and the rest to talking points", () => {
    for (const { question, strong, weak } of scoredPairs) {
      for (const feedback of [strong, weak]) {
        if (question.kind === "behavioural") {
          expect(feedback.talkingPoints).toBeNull();
          expect(Object.keys(feedback.star!).sort()).toEqual(["action", "result", "situation", "task"]);
        } else {
          expect(feedback.star).toBeNull();
          expect(feedback.talkingPoints!.map((item) => item.point)).toEqual(question.talkingPoints);
        }
      }
      if (question.kind === "behavioural") {
        // A full story has its action and result; a vague answer is missing parts.
        expect(strong.star!.action, question.id).not.toBeNull();
        expect(strong.star!.result, question.id).not.toBeNull();
        expect(Object.values(weak.star!).filter((quote) => quote === null).length, question.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("gives reasons and evidence with every scored answer", () => {
    for (const { strong, weak } of scoredPairs) {
      for (const feedback of [strong, weak]) {
        expect(feedback.notEnoughReason).toBeNull();
        for (const key of RUBRIC_KEYS) expect(feedback.rubric![key].why.length).toBeGreaterThan(10);
        expect(feedback.strengths.length).toBeLessThanOrEqual(3);
        expect(feedback.improvements.length).toBeLessThanOrEqual(3);
      }
      expect(strong.strengths.length).toBeGreaterThan(0);
      expect(weak.improvements.length).toBeGreaterThan(0);
    }
  });
});

describe("scoreAnswer on answers with nothing to score", () => {
  it.each(unscorable.map((entry) => [JSON.stringify(entry.item.answer.slice(0, 30)), entry] as const))(
    "%s is not scored, with the reason",
    (_, { item, feedback }) => {
      expect(feedback.verdict).toBe("not_enough");
      expect(feedback.rubric).toBeNull();
      expect(feedback.notEnoughReason).toBe(REASONS[item.reason]);
      expect(feedback.strengths).toEqual([]);
      expect(feedback.improvements).toEqual([]);
      expect(feedback.star).toBeNull();
      expect(feedback.talkingPoints).toBeNull();
      expect(overallScore(feedback)).toBeNull();
    },
  );
});

describe("scoreAnswer on an answer to another question", () => {
  it("gives detail and shape little weight when the answer does not address the question", () => {
    const pasted =
      "I don't know. In my last project we built a React dashboard in TypeScript. For example, I used React Query to cache server state and memoised the expensive charts. " +
      "The result was that the page rendered in 200 milliseconds instead of two seconds.";
    const feedback = scoreAnswer(bankQuestion("ts-19"), pasted, null);
    expect(feedback.verdict).toBe("scored");
    expect(feedback.rubric!.relevance.score).toBe(1);
    expect(feedback.rubric!.depth.score).toBeLessThanOrEqual(OFF_TOPIC_CAP);
    expect(feedback.rubric!.structure.score).toBeLessThanOrEqual(OFF_TOPIC_CAP);
    expect(feedback.rubric!.depth.why).toContain("does not address this question");
    expect(overallScore(feedback)).toBeLessThan(3);
  });
});

describe("every feedback", () => {
  it("quotes only the candidate's own words, in short phrases", () => {
    for (const feedback of allFeedback) {
      for (const quote of quotesOf(feedback)) {
        expect(isQuoteFrom(quote, feedback.answer), quote).toBe(true);
        expect(words(quote), quote).toBeLessThanOrEqual(MAX_QUOTE_WORDS + 5);
      }
    }
  });

  it("matches the report schema", () => {
    for (const feedback of allFeedback) expect(questionFeedbackSchema.safeParse(feedback).success, feedback.questionId).toBe(true);
  });

  it("is the same for the same input", () => {
    for (const { pair, question, strong, weak } of scoredPairs) {
      expect(scoreAnswer(question, pair.strong, null)).toEqual(strong);
      expect(scoreAnswer(question, pair.weak, null)).toEqual(weak);
    }
    for (const { item, feedback } of unscorable) expect(scoreAnswer(bankQuestion(item.questionId), item.answer, null)).toEqual(feedback);
  });
});

describe("summary", () => {
  it("ranks every pair correctly and detects every unscorable answer", () => {
    const ranked = scoredPairs.filter(({ strong, weak }) => (overallScore(strong) ?? 0) > (overallScore(weak) ?? 0)).length;
    const detected = unscorable.filter(({ feedback }) => feedback.verdict === "not_enough").length;
    expect(`pairs ranked correctly: ${ranked}/${scoredPairs.length}`).toBe(`pairs ranked correctly: ${ANSWER_PAIRS.length}/${ANSWER_PAIRS.length}`);
    expect(`unscorable detected: ${detected}/${unscorable.length}`).toBe(`unscorable detected: ${UNSCORABLE_ANSWERS.length}/${UNSCORABLE_ANSWERS.length}`);
  });
});

describe("overallScore", () => {
  it("is the mean of the rubric scores to one decimal", () => {
    const feedback = scoredPairs[0]!.strong;
    const rubric = { relevance: 5, depth: 4, structure: 4, communication: 4 } as const;
    const withScores = {
      ...feedback,
      rubric: Object.fromEntries(RUBRIC_KEYS.map((key) => [key, { ...feedback.rubric![key], score: rubric[key] }])) as QuestionFeedback["rubric"],
    };
    expect(overallScore(withScores)).toBe(4.3);
  });
});

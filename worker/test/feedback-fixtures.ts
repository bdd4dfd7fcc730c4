// Feedback objects for tests on both sides (Worker and SPA): plain data, no runtime imports.
import type { QuestionFeedback } from "../protocol/report";

/** Feedback on an answer that had nothing to score; override what a test cares about. */
export const unscoredFeedback = (over: Partial<QuestionFeedback> = {}): QuestionFeedback => ({
  questionId: "q1",
  question: "What is an index?",
  kind: "technical",
  answer: "",
  verdict: "not_enough",
  notEnoughReason: "Nothing was said.",
  strengths: [],
  improvements: [],
  star: null,
  talkingPoints: null,
  rubric: null,
  metrics: null,
  ...over,
});

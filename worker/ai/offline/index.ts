// Public API of the offline interviewer: the question plan, rule-based follow-ups and scripted lines.
export { followUpFor } from "./follow-up";
export { closingLine, openingLine, transitionLine, type OpeningInput } from "./lines";
export { planQuestions, type PlanInput } from "./plan";
export type { PlannedQuestion, QuestionKind } from "./types";

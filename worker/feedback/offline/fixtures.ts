// Test fixtures for the offline scorer: strong and weak answers to real questions from the bank,
// and answers with nothing in them to score (empty, nonsense, off topic).
import { BEHAVIOURAL_QUESTIONS, ROLE_GROUPS, SKILL_BANKS } from "../../ai/offline/question-bank";
import type { PlannedQuestion } from "../../ai/offline/types";
import { BEHAVIOURAL_PAIRS } from "./fixtures-behavioural";
import { ROLE_PAIRS } from "./fixtures-role";
import { TECHNICAL_PAIRS } from "./fixtures-technical";
import type { REASONS } from "./unscorable";

export interface AnswerPair {
  questionId: string;
  /** A full spoken answer: most talking points, a concrete example and its outcome. */
  strong: string;
  /** On topic but vague: no example, few points. Not nonsense; it must still be scored. */
  weak: string;
}

export interface UnscorableAnswer {
  questionId: string;
  answer: string;
  /** Which reason the candidate should be given. */
  reason: keyof typeof REASONS;
}

const ALL_QUESTIONS: readonly PlannedQuestion[] = [
  ...SKILL_BANKS.flatMap((bank) => bank.questions),
  ...BEHAVIOURAL_QUESTIONS,
  ...ROLE_GROUPS.flatMap((group) => group.questions),
];

/** A question from the bank by id; fixtures refer to real questions so they stay in step with it. */
export function bankQuestion(id: string): PlannedQuestion {
  const question = ALL_QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`No question ${id} in the bank`);
  return question;
}

export const ANSWER_PAIRS: readonly AnswerPair[] = [...TECHNICAL_PAIRS, ...BEHAVIOURAL_PAIRS, ...ROLE_PAIRS];

export const UNSCORABLE_ANSWERS: readonly UnscorableAnswer[] = [
  { questionId: "js-01", answer: "", reason: "empty" },
  { questionId: "beh-01", answer: "   \n  ", reason: "empty" },
  { questionId: "react-03", answer: "um uh", reason: "hesitation" },
  { questionId: "sql-01", answer: "asdf jkl qwerty", reason: "short" },
  { questionId: "testing-04", answer: "yes", reason: "short" },
  { questionId: "node-02", answer: "blah blah blah blah blah blah blah blah blah blah blah blah", reason: "repetitive" },
  { questionId: "ts-04", answer: "I don't know. I don't know. I don't know. I don't know. I don't know.", reason: "unsure" },
  { questionId: "python-02", answer: "4 8 15 16 23 42 7 19 88 3 61 27 5 90 12", reason: "numbers" },
  {
    questionId: "js-10",
    answer: "sdfkj weoiru xcvnm qpwoeir lkjasd zmxncb fjdksl eiruty vbnmcx poiuyt lkjhgf mnbvcx",
    reason: "notEnglish",
  },
  {
    questionId: "sysdesign-02",
    answer:
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
    reason: "notEnglish",
  },
  {
    questionId: "role-senior-01",
    answer: "Je pense que la réponse dépend beaucoup du contexte et de l'équipe, mais en général il faut rester simple et patient.",
    reason: "notEnglish",
  },
  {
    questionId: "beh-10",
    answer:
      "To make pancakes, whisk two eggs with a cup of milk, a cup of flour and a pinch of salt until the batter is smooth. Let it rest for ten minutes. Heat a pan with a little butter, pour in a ladle of batter, and cook until bubbles appear on top. Flip it and cook for another minute. Serve with lemon and sugar or maple syrup.",
    reason: "offTopic",
  },
  {
    questionId: "sql-07",
    answer:
      "My weekend was great, thanks for asking. On Saturday I played football with some friends in the park and then we went for pizza. On Sunday it rained all day so I stayed in, read a novel and watched a film about sailing. I'm hoping the weather is better next weekend.",
    reason: "offTopic",
  },
  {
    questionId: "role-backend-03",
    answer: "Honestly I'm not sure about this one, I haven't really come across it before and I wouldn't want to guess.",
    reason: "unsure",
  },
];

// The offline interviewer's scripted connective lines: the greeting, acknowledgements between questions, and the close.
import { pickByKey } from "./random";

export interface OpeningInput {
  title: string;
  skills: string[];
  questionCount: number;
}

const NUMBER_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
];

// Read aloud, "five questions" sounds natural where "5 questions" can trip up speech synthesis.
function spellCount(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The greeting before the first question: who we are, how many questions, how to answer.
 * The caller appends the first question; the line ends on a full stop so that reads naturally.
 */
export function openingLine({ title, skills, questionCount }: OpeningInput): string {
  const role = title.trim().replace(/\s+(role|position)$/i, "");
  const welcome = role
    ? `Hello, and thanks for joining. I'll be your interviewer today for the ${role} role.`
    : "Hello, and thanks for joining. I'll be your interviewer today.";
  const questions = questionCount === 1 ? "one question" : `${spellCount(questionCount)} questions`;
  const named = skills.map((skill) => skill.trim()).filter(Boolean);
  // Listing skills the plan has no room for would set a false expectation, so name them only if all fit;
  // any questions left over after one per skill are about the candidate's wider experience.
  const wider = questionCount > named.length ? ", along with your wider experience" : "";
  const scope =
    named.length > 0 && named.length <= questionCount
      ? `I have ${questions} for you, covering ${joinList(named)}${wider}.`
      : `I have ${questions} for you.`;
  const manner =
    "You can answer by speaking or by typing, whichever you prefer. There's no rush: take a moment to think before you answer, and it's fine to think out loud.";
  return `${welcome} ${scope} ${manner} Let's begin.`;
}

// Neutral on purpose: the scripted interviewer cannot judge answers, so it never praises or criticises.
const TRANSITIONS = [
  "Thank you.",
  "Thanks.",
  "Got it, thank you.",
  "Okay, thanks for that.",
  "Thank you. Let's move on.",
  "Understood, thank you.",
  "Alright, thanks.",
  "Thanks for walking me through that.",
  "Okay. On to the next one.",
  "Thank you. Here's the next question.",
];

/** A short acknowledgement before the next question; the same seed always gives the same line. */
export function transitionLine(seed: string | number): string {
  return pickByKey(TRANSITIONS, String(seed));
}

export function closingLine(): string {
  return "That was the last question, so that brings our interview to a close. Thank you for your time and for talking me through your experience. Your feedback will follow shortly.";
}

// Rule-based follow-up questions for the offline interviewer: one probing question, or null when the answer is solid.
import { mentionedTalkingPoints, wordCount } from "./coverage";
import { pickByKey } from "./random";
import type { PlannedQuestion } from "./types";

/** Under this many words an answer is a sentence or two: too little to show any reasoning. */
export const MIN_ANSWER_WORDS = 25;

// Signs the candidate talked about something that really happened rather than in general terms.
const EXAMPLE_MARKERS: readonly RegExp[] = [
  /\bfor (example|instance)\b/,
  /\be\.?g\b/,
  /\bwhen i\b/,
  /\b(at|in) my (last|previous|current|old|first) (job|role|team|company|position|workplace)\b/,
  /\b(at|in) my (last|previous|current)\b/,
  /\bwe had\b/,
  /\bprojects?\b/,
  /\bi (worked|built|led|wrote|used|implemented|designed|migrated|fixed|introduced|set up|added|noticed)\b/,
  /\bwe (built|used|moved|migrated|switched|implemented|introduced|added|noticed|decided)\b/,
  /\bour (team|app|application|service|system|product|codebase|api|site|client)\b/,
  /\bin production\b/,
  /\b(last|this) (year|month|quarter|week|sprint)\b/,
  /\bthere was a time\b/,
  /\bone time\b/,
  // A number on its own ("3 services", "200 ms", "40%") is almost always a concrete detail.
  /(^|[\s(~$£€])\d+([.,]\d+)?(\s|%|ms\b|k\b|x\b|$|[.,;)])/,
  /\b(percent|milliseconds|seconds|thousands?|millions?|hundreds?)\b/,
];

// Signs a behavioural answer says how the story ended or what the candidate took from it.
const OUTCOME_MARKERS: readonly RegExp[] = [
  /\bresult(s|ed)?\b/,
  /\boutcomes?\b/,
  /\b(reduced|improved|increased|decreased|cut|saved|halved|doubled|dropped|shortened|sped up)\b/,
  /%/,
  /\bpercent\b/,
  /\blearn(ed|t)\b/,
  /\blessons?\b/,
  /\b(in the end|eventually|ended up|turned out|worked out|since then|afterwards|from then on)\b/,
  /\b(shipped|launched|delivered|released|resolved|succeeded|successful(ly)?)\b/,
  /\b(led to|which meant|that meant|the impact|as a result)\b/,
  /\b(next time|differently)\b/,
];

// Several phrasings per rule, chosen by question id, so consecutive follow-ups don't sound canned.
export const ASK_TO_EXPAND = [
  "Could you expand on that a little? Take your time and talk me through your thinking.",
  "I'd like to hear a bit more. Could you go into more detail?",
  "Could you say more about that, including how you would approach it and why?",
  "Let's take that a bit further. What else would you add?",
];

export const ASK_FOR_EXAMPLE = [
  "Could you give me a specific example from your own work where this came up?",
  "Can you tie that to a real situation you've been in? What happened?",
  "Is there a particular project where you ran into this? Walk me through it.",
  "What did that look like in practice for you? A concrete example would help.",
];

export const ASK_FOR_OUTCOME = [
  "What was the outcome in the end?",
  "How did it turn out, and what did you take away from it?",
  "What was the result, and is there anything you would do differently now?",
  "What changed as a result, and how did you know it had worked?",
];

const PROBE_TALKING_POINT = [
  (point: string) => `Let's go a little deeper on one area: ${point}. How does that come into it?`,
  (point: string) => `One thing I'd like to hear about is ${point}. Where does that fit in?`,
  (point: string) => `I'd also like your thoughts on ${point}. How does that relate to what you described?`,
  (point: string) => `You didn't mention ${point}. Is that relevant here, and if so, how?`,
];

const hasAny = (text: string, markers: readonly RegExp[]) => markers.some((marker) => marker.test(text));

/**
 * The single most useful follow-up for an answer, or null when it is solid. Rules run in order
 * and the first that fires wins, because only one follow-up is asked per question.
 */
export function followUpFor(question: PlannedQuestion, answer: string): string | null {
  const text = answer.toLowerCase();
  const phrase = <T>(rule: string, options: readonly T[]) => pickByKey(options, `${question.id}:${rule}`);

  // Too short to judge anything else: a sentence or two shows no reasoning, so ask for more first.
  if (wordCount(text) < MIN_ANSWER_WORDS) return phrase("expand", ASK_TO_EXPAND);

  // A technical answer that touches none of the key ideas has missed the question's core; steer
  // towards the most central one rather than asking for an example of an off-target answer.
  const central = question.talkingPoints[0];
  if (question.kind === "technical" && central && mentionedTalkingPoints(question, answer).length === 0) {
    return phrase("probe", PROBE_TALKING_POINT)(central);
  }

  // Without a real situation an answer sounds rehearsed; specifics show actual experience.
  if (!hasAny(text, EXAMPLE_MARKERS)) return phrase("example", ASK_FOR_EXAMPLE);

  // A behavioural story without its result leaves out the part interviewers weigh most.
  if (question.kind === "behavioural" && !hasAny(text, OUTCOME_MARKERS)) return phrase("outcome", ASK_FOR_OUTCOME);

  return null;
}

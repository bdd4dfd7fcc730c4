// Decides when an answer has too little in it to score (empty, too short, nonsense, off topic) and
// says why in the candidate's terms. Scoring such an answer would invent feedback.
import { sharedWords, tokenize } from "../../ai/offline/coverage";
import type { PlannedQuestion } from "../../ai/offline/types";
import { HESITATIONS } from "../fillers";
import { COMMON_WORDS, englishWords, GENERIC_WORDS, WORKPLACE_WORDS } from "./english";
import { EXAMPLE, phrasesIn, REASONING, UNSURE } from "./markers";
import { STAR_MARKERS } from "./star";

/** Fewer words than a couple of sentences cannot show relevance, depth or structure. */
export const MIN_WORDS = 12;
/**
 * Real answers reuse words, but their three commonest ("the", "I", "and") are well under a fifth
 * of them, however long the answer; "blah blah blah" or "I don't know" on repeat are most of it.
 */
const MAX_TOP_THREE_SHARE = 0.5;
/** Any English sentence is roughly a third function words; placeholder text and mash are near zero. */
const MIN_COMMON_SHARE = 0.15;
/** An answer of mostly figures ("4 8 15 16 23 42") is not an explanation. */
const MIN_LETTER_SHARE = 0.6;
/** One loose word match happens by chance; an on-topic answer shares more with its question. */
const MIN_TOPIC_WORDS = 2;
/** Likewise one incidental "we had"; an answer shaped like an answer shows several markers. */
const MIN_STRUCTURE_MARKERS = 2;
/**
 * Content words of its own an answer needs beyond the question's: fewer, and it only reads the
 * question back ("How do indexes speed up queries? Indexes speed up queries.").
 */
const MIN_OWN_WORDS = 3;
/** Words that restate or stall ("good question", "let me think") rather than answer. */
const STALLING_WORDS = new Set(["question", "good", "great", "interesting", "okay", "yeah", "yes", "let", "sure", "asking", "asked", "answer"]);

export const REASONS = {
  empty: "No answer was recorded for this question, so there is nothing to score.",
  hesitation: "Only hesitation sounds were picked up, so there is nothing to score yet — take a breath and talk through your thinking.",
  short: "Your answer was too short to score — aim for at least a few sentences.",
  repetitive: "Your answer repeated the same few words, so it could not be scored — try to talk the question through in full sentences.",
  numbers: "Your answer was mostly numbers or symbols rather than sentences, so it could not be scored.",
  notEnglish: "Your answer did not read as English sentences, so it could not be scored. If the transcript looks wrong, try answering again.",
  readBack: "Your answer restated the question without answering it, so there is nothing to score yet — say what you know about it, even briefly.",
  unsure: "You said you were not sure about this one, so there is nothing to score yet — even a partial answer that talks through what you do know can be scored.",
  offTopic: "Your answer did not touch on what the question asked, so it could not be scored — try to address the question directly.",
} as const;

/** The question's own content words: its text and talking points, without the words every question uses. */
function topicWords(question: PlannedQuestion): string[] {
  const words = tokenize([question.text, ...question.talkingPoints].join(" ")).filter(
    (word) => (word.length >= 3 || /\d/.test(word)) && !COMMON_WORDS.has(word) && !GENERIC_WORDS.has(word),
  );
  if (question.kind !== "technical") words.push(...WORKPLACE_WORDS);
  return [...new Set(words)];
}

/** How many distinct content words the answer brings that the question itself does not use. */
function ownContentWords(question: PlannedQuestion, answer: string): number {
  const content = new Set(
    tokenize(answer).filter(
      (word) => (word.length >= 3 || /\d/.test(word)) && !COMMON_WORDS.has(word) && !GENERIC_WORDS.has(word) && !HESITATIONS.has(word) && !STALLING_WORDS.has(word),
    ),
  );
  return [...content].filter((word) => sharedWords([word], question.text).length === 0).length;
}

function topThreeShare(tokens: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const top = [...counts.values()].sort((x, y) => y - x).slice(0, 3);
  return top.reduce((sum, n) => sum + n, 0) / tokens.length;
}

function structureMarkers(answer: string): number {
  const lists = [...Object.values(STAR_MARKERS), REASONING, EXAMPLE];
  return new Set(lists.flatMap((phrases) => phrasesIn(answer, phrases))).size;
}

/** Why the answer cannot be scored, or null when it can. */
export function notEnoughReason(question: PlannedQuestion, answer: string): string | null {
  if (answer.trim() === "") return REASONS.empty;
  const tokens = tokenize(answer).filter((token) => !HESITATIONS.has(token));
  if (tokens.length === 0) return REASONS.hesitation;
  if (tokens.length < MIN_WORDS) return REASONS.short;
  const unsure = phrasesIn(answer, UNSURE).length > 0;
  if (topThreeShare(tokens) > MAX_TOP_THREE_SHARE) return unsure ? REASONS.unsure : REASONS.repetitive;
  const withLetters = tokens.filter((token) => /[a-z]/.test(token)).length;
  if (withLetters / tokens.length < MIN_LETTER_SHARE) return REASONS.numbers;
  const words = englishWords(answer).filter((word) => !HESITATIONS.has(word));
  const common = words.filter((word) => COMMON_WORDS.has(word)).length;
  if (common / Math.max(1, words.length) < MIN_COMMON_SHARE) return REASONS.notEnglish;
  if (ownContentWords(question, answer) < MIN_OWN_WORDS) return REASONS.readBack;
  const onTopic = sharedWords(topicWords(question), answer).length >= MIN_TOPIC_WORDS;
  if (onTopic || structureMarkers(answer) >= MIN_STRUCTURE_MARKERS) return null;
  return unsure ? REASONS.unsure : REASONS.offTopic;
}

// Which talking points an answer makes, from the ways of making each point (`points/senses*.ts`),
// matched by lemma and stem; and a looser check of the words an answer shares with a question.
// Deterministic, so scores are repeatable. Used by the offline interviewer and the offline scorer.
import { findAllOf, findPattern, type Match } from "./points/pattern";
import { sensesOf } from "./points/senses";
import type { Token } from "./tagger";
import type { PlannedQuestion, QuestionKind } from "./types";

/** Spoken answers run words together with punctuation ("React.memo", "I/O-bound"), so split on it. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

export function wordCount(text: string): number {
  return tokenize(text).length;
}

const FIRST_PERSON = new Set(["i", "we", "i'm", "i've", "we've", "we're", "i'd", "we'd"]);
const OTHERS = new Set(["someone", "somebody", "everyone", "anyone"]);
const NEGATORS = new Set(["not", "n't", "nt", "never", "no", "without", "nothing", "nobody", "none"]);
/** How far back "someone else" still governs a match: about a clause. */
const CLAUSE_WORDS = 6;

/**
 * Whether a match says the point was made. Not when someone else did it ("someone else fixed it"),
 * nor when every word of it is denied ("I didn't measure the impact"). In an explanation a denial
 * still shows the idea ("it doesn't block the main thread"), so on technical questions only the
 * candidate denying their own practice ("we don't validate at runtime") takes the point away.
 */
function counts(match: Match, kind: QuestionKind): boolean {
  const before = match.before.slice(-CLAUSE_WORDS);
  if (before.some((t, i) => t.lower === "else" && OTHERS.has(before[i - 1]?.lower ?? ""))) return false;
  const words = match.tokens.filter((t: Token) => t.pos !== "PUNCT");
  if (words.length === 0 || !words.every((t) => t.negated)) return true;
  if (kind !== "technical") return false;
  // Who denies it: the words just before the last "not" or "never" ("I've never looked at…").
  const negator = match.before.findLastIndex((t) => NEGATORS.has(t.lower));
  return !match.before.slice(Math.max(0, negator - 3), Math.max(0, negator)).some((t) => FIRST_PERSON.has(t.lower));
}

/** Whether `text` makes `point`, on a question of `kind`. */
export function pointMade(point: string, text: string, kind: QuestionKind): boolean {
  return sensesOf(point).some((sense) => {
    const matches = typeof sense === "string" || sense instanceof RegExp ? findPattern(sense, text) : findAllOf(sense, text);
    return matches.some((match) => counts(match, kind));
  });
}

/** The question's talking points that the answer makes, in their order. */
export function mentionedTalkingPoints(question: Pick<PlannedQuestion, "talkingPoints" | "kind">, answer: string): string[] {
  return question.talkingPoints.filter((point) => pointMade(point, answer, question.kind));
}

// A deliberately crude stemmer: enough for "caching"/"cache", "indexes"/"index", "queries"/"query".
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

// Stems match when equal or when they share all but one letter of the shorter one
// (memoization/memoize, validation/validate), with at least four letters in common.
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 1;
}

/**
 * Which of `words` (single words, any case) the text uses in some form: a loose check of shared
 * vocabulary, for telling an answer on the question's topic from one about something else.
 */
export function sharedWords(words: readonly string[], text: string): string[] {
  const said = [...new Set(tokenize(text).map(stem))];
  return words.filter((word) => {
    const wanted = tokenize(word).map(stem);
    return wanted.length > 0 && wanted.every((w) => said.some((s) => sameWord(w, s)));
  });
}

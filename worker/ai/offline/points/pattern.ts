// Word patterns matched against tagged text, by lemma or stem so "built" meets "build" and
// "memoization" meets "memoize". Used by talking-point coverage (`senses.ts` writes them).
import { tag, type Token } from "../tagger";

/**
 * A pattern is one or more phrases separated by `|`, any of which may match. A phrase is slots
 * separated by spaces, matched in order within one sentence:
 * - `word`: a token with the same lemma or stem ("led" for "lead", "caching" for "cache"); a word
 *   the tagger splits ("didn't", "two-way") must appear split the same way;
 * - `a/b/c`: any of these words;
 * - `*`: up to four tokens in between (not across a sentence end);
 * - `#`: a number ("4", "three", "half");
 * - `@tech`: a named tool, language or product ("React", "Postgres", "Node.js", "AWS");
 * - `=word`: that exact spelling only, for words whose stem says too much ("any", "race").
 * A RegExp is tested on the lower-case text instead, for identifiers ("promise.all") and shapes
 * the tokens do not show.
 */
export type Pattern = string | RegExp;

/** A match: the tokens it used, and those before them in its sentence, for the negation check. */
export type Match = { tokens: Token[]; before: Token[] };

interface Word {
  lower: string;
  lemma: string;
  stem: string;
  exact: boolean;
}

type Slot =
  | { kind: "words"; alternatives: Word[][] }
  | { kind: "gap" }
  | { kind: "number" }
  | { kind: "tech" };

const MAX_GAP = 4;
const SENTENCE_END = new Set([".", "!", "?", ";"]);
/** Punctuation inside a word or name ("re-render", "Node.js", "I/O"), stepped over when matching. */
const JOINERS = /^[-'’/.]$/;
const NUMBER_WORDS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
  "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
  "half", "double", "twice", "dozen", "dozens", "third", "quarter",
]);

/** Tools, languages and products candidates name; lower-case. */
const TECHNOLOGIES = new Set([
  "javascript", "typescript", "react", "vue", "angular", "svelte", "next", "nextjs", "nuxt", "remix", "redux", "zustand",
  "node", "deno", "bun", "express", "nestjs", "python", "django", "flask", "fastapi", "pandas", "java", "kotlin",
  "spring", "scala", "go", "golang", "rust", "ruby", "rails", "php", "laravel", "swift", "c#", ".net", "dotnet",
  "sql", "postgres", "postgresql", "mysql", "sqlite", "mongodb", "mongo", "dynamodb", "redis", "memcached",
  "elasticsearch", "kafka", "rabbitmq", "sqs", "graphql", "rest", "grpc", "aws", "gcp", "azure", "cloudflare",
  "lambda", "docker", "kubernetes", "terraform", "firebase", "supabase", "vercel", "heroku", "tailwind", "css",
  "html", "webpack", "vite", "jest", "vitest", "playwright", "cypress", "pytest", "storybook", "figma", "d3",
  "flutter", "android", "ios", "unity", "spark", "airflow", "snowflake", "bigquery", "tensorflow", "pytorch",
  "stripe", "auth0", "sentry", "datadog", "grafana", "prometheus", "nginx", "linux", "git", "github", "gitlab",
]);

/** Names that are also everyday words: only a capital makes them names ("Go", not "go live"). */
const EVERYDAY_WORDS = new Set(["go", "next", "rest", "express", "spring", "swift", "rust", "unity", "spark", "lambda", "node", "git", "bun"]);

const compiled = new Map<string, Slot[][]>();

function wordsOf(alternative: string): Word[] {
  const exact = alternative.startsWith("=");
  return tag(alternative.replace(/^=/, ""))
    .filter((t) => !(t.pos === "PUNCT" && JOINERS.test(t.text)))
    .map((t) => ({ lower: t.lower, lemma: t.lemma, stem: t.stem, exact }));
}

/** The phrases of a pattern, each as its slots. */
function compile(pattern: string): Slot[][] {
  const known = compiled.get(pattern);
  if (known) return known;
  const phrases = pattern.split("|").map((phrase) =>
    phrase.trim().split(/\s+/).map((part): Slot => {
      if (part === "*") return { kind: "gap" };
      if (part === "#") return { kind: "number" };
      if (part === "@tech") return { kind: "tech" };
      // A word the tagger reads as nothing ("...") would match anywhere; such shapes need a RegExp.
      return { kind: "words", alternatives: part.split("/").map(wordsOf).filter((word) => word.length > 0) };
    }),
  );
  compiled.set(pattern, phrases);
  return phrases;
}

const isTechnology = (t: Token) =>
  (TECHNOLOGIES.has(t.lower) && (!EVERYDAY_WORDS.has(t.lower) || /^[A-Z]/.test(t.text))) || /^[a-z]+[A-Z][a-zA-Z]*$/.test(t.text);
const isNumber = (t: Token) => /^\d/.test(t.text) || t.pos === "NUM" || NUMBER_WORDS.has(t.lower);
const sameWord = (w: Word, t: Token) => t.lower === w.lower || (!w.exact && (t.lemma === w.lemma || t.stem === w.stem));

/** Where the tokens after `word` start if `word` matches at `ti`, else -1. */
function matchWord(word: Word[], tokens: Token[], ti: number): number {
  let at = ti;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) while (at < tokens.length && tokens[at]!.pos === "PUNCT" && JOINERS.test(tokens[at]!.text)) at++;
    const token = tokens[at];
    if (!token || !sameWord(word[k]!, token)) return -1;
    at++;
  }
  return at;
}

/** Where the tokens after `slot` start for each way it can match at `ti`. */
function matchSlot(slot: Slot, tokens: Token[], ti: number): number[] {
  const token = tokens[ti];
  if (!token) return [];
  if (slot.kind === "number") return isNumber(token) ? [ti + 1] : [];
  if (slot.kind === "tech") return isTechnology(token) ? [ti + 1] : [];
  if (slot.kind === "gap") return [];
  return slot.alternatives.map((word) => matchWord(word, tokens, ti)).filter((next) => next >= 0);
}

/** Sentences of tagged tokens, punctuation kept inside them. */
export function sentencesOf(text: string): Token[][] {
  const sentences: Token[][] = [[]];
  for (const token of tag(text)) {
    sentences[sentences.length - 1]!.push(token);
    if (token.pos === "PUNCT" && SENTENCE_END.has(token.text)) sentences.push([]);
  }
  return sentences.filter((s) => s.length > 0);
}

function matchFrom(slots: Slot[], tokens: Token[], si: number, ti: number): number | null {
  if (si === slots.length) return ti;
  const slot = slots[si]!;
  if (slot.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP && ti + skip <= tokens.length; skip++) {
      const end = matchFrom(slots, tokens, si + 1, ti + skip);
      if (end !== null) return end;
    }
    return null;
  }
  // Punctuation inside a phrase ("cache-aside", "I/O-bound") is stepped over.
  while (si > 0 && ti < tokens.length && tokens[ti]!.pos === "PUNCT" && JOINERS.test(tokens[ti]!.text)) ti++;
  for (const next of matchSlot(slot, tokens, ti)) {
    const end = matchFrom(slots, tokens, si + 1, next);
    if (end !== null) return end;
  }
  return null;
}

/** Every place in one sentence's tokens where the pattern matches. */
function matchesIn(pattern: string, tokens: Token[]): Match[] {
  const found: Match[] = [];
  for (const slots of compile(pattern)) {
    for (let start = 0; start < tokens.length; start++) {
      const end = matchFrom(slots, tokens, 0, start);
      if (end !== null) found.push({ tokens: tokens.slice(start, end), before: tokens.slice(0, start) });
    }
  }
  return found;
}

/** Every match of `pattern` in `text`, sentence by sentence; a RegExp match carries no tokens. */
export function findPattern(pattern: Pattern, text: string): Match[] {
  if (pattern instanceof RegExp) return pattern.test(text.toLowerCase()) ? [{ tokens: [], before: [] }] : [];
  return sentencesOf(text).flatMap((sentence) => matchesIn(pattern, sentence));
}

/**
 * Matches when each of `patterns` matches somewhere in the same sentence, in any order: "shared
 * state" is also made by "the state was shared".
 */
export function findAllOf(patterns: readonly string[], text: string): Match[] {
  return sentencesOf(text).flatMap((sentence) => {
    const each = patterns.map((pattern) => matchesIn(pattern, sentence)[0]);
    if (each.some((match) => match === undefined)) return [];
    return [{ tokens: each.flatMap((match) => match!.tokens), before: each[0]!.before }];
  });
}

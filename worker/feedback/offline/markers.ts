// Phrase lists that signal how an answer is built (reasons, examples, signposts, conclusions), and
// matchers for them and for concrete specifics (numbers, named tools).

/** Lower-case words separated by single spaces, the same normalisation `isQuoteFrom` uses. */
export function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Every phrase of `phrases` found in `text`, whole words only, so "so i" never matches "also i". */
export function phrasesIn(text: string, phrases: readonly string[]): string[] {
  const haystack = ` ${normaliseWords(text)} `;
  return phrases.filter((phrase) => haystack.includes(` ${normaliseWords(phrase)} `));
}

export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return phrasesIn(text, phrases).length > 0;
}

/** Saying why, not only what. */
export const REASONING = [
  "because", "so that", "which means", "which meant", "that's why", "that is why", "the reason", "in order to",
  "otherwise", "trade-off", "trade off", "the downside", "the cost is", "the benefit", "this means",
];

/** Grounding the answer in something that happened. */
export const EXAMPLE = [
  "for example", "for instance", "in my last", "in my previous", "at my last", "at my previous", "in my current",
  "at my current", "on a project", "in one project", "on one project", "we had", "i once", "once had", "last year",
  "recently", "in practice i", "i've seen", "i have seen",
];

/** A closing line that sums up or states the rule the candidate follows. */
export const CONCLUSIONS = [
  "overall", "in short", "in summary", "to sum up", "to summarise", "to summarize", "in practice", "that's why",
  "that is why", "the key", "the bottom line", "rule of thumb", "in the end", "so i would", "so my approach",
  "so my rule", "my default", "so the answer", "so in general", "in general", "the lesson",
];

/** Being unsure is honest, but it gives nothing to score. */
export const UNSURE = ["don't know", "do not know", "not sure", "no idea", "can't remember", "never used", "haven't used"];

const NUMBER_WORDS = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty",
  "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "percent", "half",
  "double", "doubled", "twice", "halved", "tenfold",
]);

/** A figure of any kind: digits, a percentage, or a spelled-out count. */
export function hasNumber(text: string): boolean {
  return /\d|%/.test(text) || normaliseWords(text).split(" ").some((word) => NUMBER_WORDS.has(word));
}

const PRONOUNS = new Set(["I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"]);

/**
 * Names of tools, APIs and products (useEffect, Node.js, SQL, Redis): concrete detail a listener can
 * check. Capitalised words count only mid-sentence, where capitals mark names rather than starts.
 */
export function namedTerms(sentence: string): string[] {
  const words = sentence.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
  const named = words.filter((word, index) => {
    if (word.length < 2 || PRONOUNS.has(word)) return false;
    if (/[a-z][A-Z]/.test(word) || /\p{L}\.\p{L}/u.test(word) || /^[A-Z]{2,}s?$/.test(word)) return true;
    if (/\p{L}/u.test(word) && /\d/.test(word)) return true;
    return index > 0 && /^[A-Z][a-z]/.test(word);
  });
  return [...new Set(named)];
}

// Which talking points an answer touches, by loose word matching; deterministic so scores are repeatable.

// Words that carry no meaning on their own and would make every point look "mentioned".
const STOPWORDS = new Set([
  "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
  "no", "not", "of", "on", "only", "or", "the", "to", "vs", "versus", "what", "when", "why", "with", "you", "your",
]);

/** Spoken answers run words together with punctuation ("React.memo", "I/O-bound"), so split on it. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}

export function wordCount(text: string): number {
  return tokenize(text).length;
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

function significantStems(text: string): string[] {
  return tokenize(text)
    .filter((word) => !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .map(stem);
}

/**
 * The talking points an answer mentions, in their original order. A point counts when at least
 * half of its meaningful words appear, so "batching updates" is met by "we batch state changes".
 */
export function mentionedTalkingPoints(talkingPoints: readonly string[], answer: string): string[] {
  const answerStems = [...new Set(significantStems(answer))];
  return talkingPoints.filter((point) => {
    const pointStems = significantStems(point);
    if (pointStems.length === 0) return false;
    const found = pointStems.filter((p) => answerStems.some((a) => sameWord(p, a))).length;
    return found >= Math.ceil(pointStems.length / 2);
  });
}

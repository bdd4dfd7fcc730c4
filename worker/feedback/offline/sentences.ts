// Splits an answer into sentences and cuts short quotes out of them. Quotes are always sliced from
// the answer by character offsets, never rebuilt, so they are the candidate's own words.

/** A stretch of the answer by offsets; `text` is exactly `answer.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Longer quotes stop pointing at a moment in the answer and become a wall of text. */
export const MAX_QUOTE_WORDS = 25;
/** A sentence only a little longer is quoted whole: cutting its last few words helps nobody. */
const WHOLE_SENTENCE_SLACK = 5;
/** The report's quote limit. */
const MAX_QUOTE_CHARS = 400;
/** Words of lead-in kept before the part of a sentence that matched, so the quote reads naturally. */
const LEAD_IN_WORDS = 5;

// A stop ends a sentence only before whitespace, so "Node.js" and "3.5" stay whole; line breaks
// end one too, because typed answers often list points on separate lines.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s|$)|\n/g;
// Abbreviations whose stop is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx)\.$/i;
const HAS_WORD = /[\p{L}\p{N}]/u;

function span(answer: string, start: number, end: number): Span {
  return { start, end, text: answer.slice(start, end) };
}

function trimmed(answer: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(answer[start]!)) start++;
  while (end > start && /\s/.test(answer[end - 1]!)) end--;
  return HAS_WORD.test(answer.slice(start, end)) ? span(answer, start, end) : null;
}

export function splitSentences(answer: string): Span[] {
  const sentences: Span[] = [];
  let from = 0;
  for (const match of answer.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(answer.slice(from, end))) continue;
    const sentence = trimmed(answer, from, end);
    if (sentence) sentences.push(sentence);
    from = end;
  }
  const last = trimmed(answer, from, answer.length);
  if (last) sentences.push(last);
  return sentences;
}

/** The stretch from the start of one span to the end of another: still exact text of the answer. */
export function joinSpans(answer: string, first: Span, last: Span): Span {
  return span(answer, first.start, last.end);
}

/** Words of a span as offsets into the answer; punctuation-only pieces (a lone dash) are skipped. */
function wordsOf(answer: string, within: Span): Span[] {
  const words: Span[] = [];
  for (const match of within.text.matchAll(/\S+/g)) {
    if (!HAS_WORD.test(match[0])) continue;
    const start = within.start + match.index;
    words.push(span(answer, start, start + match[0].length));
  }
  return words;
}

export function wordCountOf(text: string): number {
  return text.split(/\s+/).filter((word) => HAS_WORD.test(word)).length;
}

/**
 * A quote of at most MAX_QUOTE_WORDS words from `within`. When the span is longer and `matches` is
 * given, the quote keeps the shortest run of words that still matches, widened to whole clauses.
 */
export function quoteFrom(answer: string, within: Span, matches?: (text: string) => boolean): string {
  const words = wordsOf(answer, within);
  const textOf = (from: number, to: number) => answer.slice(words[from]!.start, words[to]!.end);
  const last = words.length - 1;
  if (words.length <= MAX_QUOTE_WORDS + WHOLE_SENTENCE_SLACK) return trimQuote(textOf(0, last));
  let from = 0;
  let to = 0;
  if (matches && matches(textOf(0, last))) {
    // The earliest word at which the text up to it matches, then the latest start that still does.
    while (to < last && !matches(textOf(0, to))) to++;
    from = to;
    while (from > 0 && !matches(textOf(from, to))) from--;
  }
  const [start, end] = widen(answer, words, from, to);
  return trimQuote(textOf(start, end));
}

/**
 * Grows the words `from`..`to` to at most MAX_QUOTE_WORDS, starting and ending at clause breaks
 * (commas, colons, dashes) where possible, so the quote reads as a thought rather than a fragment.
 */
function widen(answer: string, words: Span[], from: number, to: number): [number, number] {
  const last = words.length - 1;
  const breakAfter = (i: number) => i === last || /[,;:.!?—–)]["'”’]?\s|\s[-—–]+\s/.test(answer.slice(words[i]!.start, words[i + 1]!.start) + " ");
  const fits = (start: number, end: number) => end - start + 1 <= MAX_QUOTE_WORDS;
  if (!fits(from, to)) return [from, from + MAX_QUOTE_WORDS - 1];
  const starts = words.map((_, i) => i).filter((i) => i <= from && (i === 0 || breakAfter(i - 1)) && fits(i, to));
  const ends = words.map((_, i) => i).filter((i) => i >= to && breakAfter(i));
  let best: [number, number] | null = null;
  for (const start of starts) {
    for (const end of ends) {
      if (fits(start, end) && (!best || end - start > best[1] - best[0])) best = [start, end];
    }
  }
  if (best) return best;
  // No clause fits: start at a clause break if one is in reach, else a few words before the match.
  const start = starts[0] ?? Math.max(0, from - LEAD_IN_WORDS, to - MAX_QUOTE_WORDS + 1);
  return [start, Math.min(last, start + MAX_QUOTE_WORDS - 1)];
}

function trimQuote(quote: string): string {
  // Drop whole words from the end until it fits the report's limit.
  while (quote.length > MAX_QUOTE_CHARS && /\s/.test(quote)) quote = quote.replace(/\s+\S+$/, "");
  return quote.replace(/[,;:]+$/, "");
}

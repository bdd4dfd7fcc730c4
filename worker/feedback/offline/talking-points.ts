// Ties each talking point of a question to the words of the answer that cover it, and finds where
// in the answer a missing point would belong.
import { mentionedTalkingPoints, tokenize } from "../../ai/offline/coverage";
import { COMMON_WORDS } from "./english";
import { joinSpans, quoteFrom, type Span } from "./sentences";

export interface PointQuote {
  point: string;
  quote: string | null;
}

/** A point with how fully its quote covers it: 1 when every word of the point is there. */
export interface PointCoverage extends PointQuote {
  share: number;
}

const covers = (point: string) => (text: string) => mentionedTalkingPoints([point], text).length > 0;

/** The share of a point's own words that `text` mentions ("trailing call" is only half met by "called"). */
function shareOf(point: string, text: string): number {
  const words = [...new Set(tokenize(point).filter((word) => !COMMON_WORDS.has(word)))];
  return words.length === 0 ? 0 : mentionedTalkingPoints(words, text).length / words.length;
}

/**
 * Each point with the quote that covers it: the sentence that mentions most of it (the first of
 * equals), else the first two neighbouring sentences that do together; null when nothing does.
 */
export function quotePoints(answer: string, sentences: readonly Span[], points: readonly string[]): PointCoverage[] {
  return points.map((point) => {
    const matches = covers(point);
    let best: { span: Span; share: number } | null = null;
    for (const sentence of sentences) {
      if (!matches(sentence.text)) continue;
      const share = shareOf(point, sentence.text);
      if (!best || share > best.share) best = { span: sentence, share };
    }
    for (let i = 0; !best && i + 1 < sentences.length; i++) {
      const pair = joinSpans(answer, sentences[i]!, sentences[i + 1]!);
      if (matches(pair.text)) best = { span: pair, share: shareOf(point, pair.text) };
    }
    if (!best) return { point, quote: null, share: 0 };
    // Cut long sentences down without losing any of the point's words that were there.
    const share = best.share;
    const quote = quoteFrom(answer, best.span, (text) => matches(text) && shareOf(point, text) >= share);
    return { point, quote, share };
  });
}

// Shared word beginnings are enough to call two words related ("deploy"/"deployment").
function related(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length, 5);
  return length >= 4 && a.slice(0, length) === b.slice(0, length);
}

/**
 * The sentence nearest in wording to a missing point, where adding it would fit best; with no
 * shared words, the last sentence, since new material usually goes at the end.
 */
export function closestSentence(sentences: readonly Span[], point: string): Span {
  const wanted = tokenize(point).filter((word) => !COMMON_WORDS.has(word));
  let best = sentences[sentences.length - 1]!;
  let bestShared = 0;
  for (const sentence of sentences) {
    const words = tokenize(sentence.text);
    const shared = wanted.filter((word) => words.some((other) => related(word, other))).length;
    if (shared > bestShared) [best, bestShared] = [sentence, shared];
  }
  return best;
}

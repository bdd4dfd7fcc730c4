// Ties each talking point of a question to the words of the answer that cover it, and finds where
// in the answer a missing point would belong.
import { pointMade, tokenize } from "../../ai/offline/coverage";
import type { QuestionKind } from "../../ai/offline/types";
import { COMMON_WORDS } from "./english";
import { quoteFrom, type Span } from "./sentences";

/** A talking point with the quote that makes it, or null when the answer does not make it. */
export interface PointQuote {
  point: string;
  quote: string | null;
}

/**
 * Each point with its quote: the first sentence that makes the point, cut down to the part that
 * still makes it. The same matcher decides both, so a quote always shows its point and a point
 * called missing has no sentence that makes it.
 */
export function quotePoints(answer: string, sentences: readonly Span[], points: readonly string[], kind: QuestionKind): PointQuote[] {
  return points.map((point) => {
    const makes = (text: string) => pointMade(point, text, kind);
    const sentence = sentences.find((s) => makes(s.text));
    return { point, quote: sentence ? quoteFrom(answer, sentence, makes) : null };
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

// Splits a posting's prose into sentences, for read-posting.ts.

// A period after these is not the end of a sentence ("e.g. React", "5 yrs. of", "Sr. Engineer").
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|esp|yrs?|min|max|sr|jr|dept|no|inc|ltd|co|st|dr|mr|ms|mrs|u\.s|u\.k|[a-z])\.$/i;

/**
 * Sentences of `text`, trimmed, in order. A sentence ends at ".", "!" or "?" followed by a space and
 * a capital, digit or quote, unless the period closes a common abbreviation or a single letter.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of text.matchAll(/[.!?]+(?=\s+["“'(]?[\p{Lu}\d])/gu)) {
    const cut = end.index + end[0].length;
    if (end[0] === "." && ABBREVIATION.test(text.slice(Math.max(start, cut - 8), cut))) continue;
    const sentence = text.slice(start, cut).trim();
    if (sentence) sentences.push(sentence);
    start = cut;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

// Joins the transcripts of an answer's segments into one text. A segment cut where the candidate did
// not pause starts with a short repeat of the previous one's end (its overlap), so no word is cut in
// two; the words heard twice are kept once. A segment that repeats the whole of the previous one (the
// recorder's early first look at an answer begun over the interviewer, app/audio/vad/segmenter.ts
// quickFirstMs) stands for it: speech-to-text heard those words again with what follows them.

export interface SegmentTranscript {
  text: string;
  /** How much of the segment's start repeats the previous segment, in ms (0: cut in a pause). */
  overlapMs: number;
  /** The segment's length, in ms (its overlap included). */
  durationMs: number;
}

/** Fast speech is about 4 words a second; the overlap can hold at most this many, plus a cut word each side. */
const WORDS_PER_SECOND_MAX = 4;

const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The segments' texts in order, joined with single spaces, with each overlap's repeated words said once. */
export function joinSegmentTranscripts(parts: readonly SegmentTranscript[]): string {
  const words: string[] = [];
  /** Where the previous part's words start in `words`. */
  let previousStart = 0;
  for (const [i, part] of parts.entries()) {
    let next = part.text.trim().split(/\s+/).filter(Boolean);
    const previous = parts[i - 1];
    if (previous && part.overlapMs >= previous.durationMs) words.length = previousStart;
    else if (part.overlapMs > 0 && words.length > 0) next = next.slice(repeatedWords(words, next, Math.ceil((part.overlapMs / 1000) * WORDS_PER_SECOND_MAX) + 2));
    previousStart = words.length;
    words.push(...next);
  }
  return words.join(" ");
}

/**
 * How many words at the start of `next` repeat the end of `before`: the longest run, of at most
 * `limit` words, that matches word for word once case and punctuation are set aside. The first word
 * of `next` may be the end of a word `before` heard whole; it is dropped too when the rest matches.
 */
function repeatedWords(before: readonly string[], next: readonly string[], limit: number): number {
  const tail = before.slice(-limit).map(normalise);
  const head = next.slice(0, limit).map(normalise);
  for (let length = Math.min(tail.length, head.length); length > 0; length--) {
    for (const skip of [0, 1]) {
      if (skip + length > head.length) continue;
      const matches = tail.slice(tail.length - length).every((word, i) => word !== "" && word === head[skip + i]);
      if (matches && (length >= 2 || skip === 0)) return skip + length;
    }
  }
  return 0;
}

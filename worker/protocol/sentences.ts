// Cuts the interviewer's streaming reply into sentences as they complete, so each can be spoken while the rest is
// still being written. The Worker's speaker (worker/live/speaker.ts) numbers spoken sentences by it, and the room
// counts by it how many sentences a reply will have.

/**
 * The longest piece spoken at once, in characters: a run-on "sentence" from a model is cut at a space before this,
 * so its first words are heard without waiting for the whole of it (OpenAI's speech input limit is 4,096).
 */
export const SENTENCE_CHARS_MAX = 400;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Cuts `text` at the last space before SENTENCE_CHARS_MAX, as often as needed. */
function cutLong(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > SENTENCE_CHARS_MAX) {
    const space = rest.lastIndexOf(" ", SENTENCE_CHARS_MAX);
    const at = space > 0 ? space : SENTENCE_CHARS_MAX;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Fed the reply piece by piece, it returns each sentence once it is certain to be complete: when text of the next
 * one has begun (Intl.Segmenter's sentence boundaries, Unicode UAX #29), or at `finish()`. Sentences come back
 * trimmed; pieces with no letter or digit in them ("—", "…") are dropped, as there is nothing to say.
 */
export class SentenceSplitter {
  private buffer = "";

  push(text: string): string[] {
    this.buffer += text;
    const segments = [...segmenter.segment(this.buffer)].map((s) => s.segment);
    // The last segment may still grow; a boundary is only sure once something follows it.
    const open = segments.pop() ?? "";
    this.buffer = open;
    const complete = segments.flatMap((s) => this.ready(s));
    // A run-on sentence is spoken in pieces rather than all at the end.
    while (this.buffer.length > SENTENCE_CHARS_MAX) {
      const space = this.buffer.lastIndexOf(" ", SENTENCE_CHARS_MAX);
      const at = space > 0 ? space : SENTENCE_CHARS_MAX;
      complete.push(...this.ready(this.buffer.slice(0, at)));
      // Untrimmed: the space before the next word still to come must stay.
      this.buffer = this.buffer.slice(at).trimStart();
    }
    return complete;
  }

  /** The reply is complete: whatever is left is the last sentence. */
  finish(): string[] {
    const last = this.ready(this.buffer);
    this.buffer = "";
    return last;
  }

  private ready(sentence: string): string[] {
    return cutLong(sentence.trim()).filter(hasWords);
  }
}

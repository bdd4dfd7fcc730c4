// Checks sentence splitting and quote cutting: quotes must always be exact text of the answer.
import { describe, expect, it } from "vitest";
import { isQuoteFrom } from "../../protocol/report";
import { MAX_QUOTE_WORDS, quoteFrom, splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("ends sentences at stops followed by a space or the end, and at line breaks", () => {
    const answer = "I use Node.js daily, e.g. for APIs. It handles 3.5k requests a second!\nSecond point? Yes.";
    expect(splitSentences(answer).map((s) => s.text)).toEqual([
      "I use Node.js daily, e.g. for APIs.",
      "It handles 3.5k requests a second!",
      "Second point?",
      "Yes.",
    ]);
  });

  it("keeps offsets that slice back to the same text, and skips empty pieces", () => {
    const answer = "  First.  ... \n\n Second one here.  ";
    const sentences = splitSentences(answer);
    expect(sentences.map((s) => s.text)).toEqual(["First.", "Second one here."]);
    for (const s of sentences) expect(answer.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("quoteFrom", () => {
  // A transcript without punctuation: one "sentence" of 60 words.
  const answer = Array.from({ length: 6 }, (_, i) => `part ${i} of the answer goes on here and then`).join(" ") + " we cached the results in Redis finally";
  const [whole] = splitSentences(answer);

  it("cuts long sentences to a short exact phrase around what matched", () => {
    const quote = quoteFrom(answer, whole!, (text) => /redis/i.test(text));
    expect(quote).toMatch(/Redis/);
    expect(quote.split(" ").length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    expect(isQuoteFrom(quote, answer)).toBe(true);
  });

  it("starts at the beginning when nothing is asked for", () => {
    const quote = quoteFrom(answer, whole!);
    expect(answer.startsWith(quote)).toBe(true);
    expect(quote.split(" ").length).toBe(MAX_QUOTE_WORDS);
  });

  it("quotes short sentences whole", () => {
    const [first] = splitSentences("We moved the job to a queue, and latency dropped. Then more.");
    expect(quoteFrom("We moved the job to a queue, and latency dropped. Then more.", first!)).toBe("We moved the job to a queue, and latency dropped.");
  });
});

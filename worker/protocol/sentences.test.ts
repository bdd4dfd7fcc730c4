// Tests the splitting of a streaming reply into sentences, as the speaker receives it.
import { describe, expect, it } from "vitest";
import { SENTENCE_CHARS_MAX, SentenceSplitter } from "./sentences.ts";

/** Feeds `pieces` one by one; returns what came out after each, then at the end. */
function feed(pieces: string[]): { after: string[][]; end: string[] } {
  const splitter = new SentenceSplitter();
  const after = pieces.map((piece) => splitter.push(piece));
  return { after, end: splitter.finish() };
}

describe("SentenceSplitter", () => {
  it("gives a sentence as soon as the next one begins, and the last at the end", () => {
    const { after, end } = feed(["Thanks for ", "joining. ", "Let's ", "start. How would ", "you find a slow query?"]);
    expect(after).toEqual([[], [], ["Thanks for joining."], ["Let's start."], []]);
    expect(end).toEqual(["How would you find a slow query?"]);
  });

  it("keeps question and exclamation marks, and decimals and abbreviations inside a sentence", () => {
    const { after, end } = feed(["Great! Was it 2.5 seconds, e.g. on the first run? ", "Tell me more."]);
    expect(after.flat()).toEqual(["Great!", "Was it 2.5 seconds, e.g. on the first run?"]);
    expect(end).toEqual(["Tell me more."]);
  });

  it("ends a sentence at a paragraph break, says nothing twice, and nothing without words", () => {
    const { after, end } = feed(["Right", "\n\n", "Next question. ", ""]);
    expect([...after.flat(), ...end]).toEqual(["Right", "Next question."]);
    expect(feed(["… ", "—"]).end).toEqual([]);
    expect(new SentenceSplitter().finish()).toEqual([]);
  });

  it("cuts a run-on sentence at spaces, each piece within the limit, before the reply ends", () => {
    const word = "database ";
    const splitter = new SentenceSplitter();
    const early: string[] = [];
    for (let i = 0; i < 120; i++) early.push(...splitter.push(word));
    const all = [...early, ...splitter.finish()];
    expect(early.length).toBeGreaterThan(0);
    for (const piece of all) {
      expect(piece.length).toBeLessThanOrEqual(SENTENCE_CHARS_MAX);
      expect(piece).toMatch(/^(database ?)+$/);
    }
    expect(all.join(" ").split(" ")).toHaveLength(120);
  });
});

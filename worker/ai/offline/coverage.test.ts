import { describe, expect, it } from "vitest";
import { mentionedTalkingPoints, wordCount } from "./coverage";

describe("mentionedTalkingPoints", () => {
  const points = ["virtual DOM", "diffing", "keys", "batching updates"];

  it("finds points despite inflection and punctuation", () => {
    const answer = "React keeps a virtual-DOM tree, diffs it against the last one, and batches state changes; the key prop matters.";
    expect(mentionedTalkingPoints(points, answer)).toEqual(points);
  });

  it("matches related word forms", () => {
    expect(mentionedTalkingPoints(["memoization", "cache invalidation"], "we memoize results and invalidate the cache")).toEqual([
      "memoization",
      "cache invalidation",
    ]);
  });

  it("does not count unrelated words or bare stopwords", () => {
    expect(mentionedTalkingPoints(points, "I would look at the documentation and ask my team how they do it.")).toEqual([]);
    expect(mentionedTalkingPoints(["the and or"], "the and or")).toEqual([]);
  });
});

describe("wordCount", () => {
  it("counts words, ignoring punctuation and extra spaces", () => {
    expect(wordCount("  It's   a test -- of node.js  ")).toBe(7);
    expect(wordCount("")).toBe(0);
  });
});

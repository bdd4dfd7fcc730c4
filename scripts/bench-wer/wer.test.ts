import { describe, expect, it } from "vitest";
import { canonicalWords, numbersSaid, wordErrors } from "./wer.ts";

describe("canonicalWords", () => {
  it("spells numbers, percentages and hyphenated words the same way whichever way they were written", () => {
    expect(canonicalWords("Twenty-one, 22 and 4,500 users; 40% fewer.")).toEqual(
      "twenty one twenty two and four thousand five hundred users forty percent fewer".split(" "),
    );
    expect(canonicalWords("It went from 4 seconds to 1.5 seconds")).toEqual("it went from four seconds to one point five seconds".split(" "));
    expect(canonicalWords("I'm sure it's 'fine'.")).toEqual(["i'm", "sure", "it's", "fine"]);
  });
});

describe("wordErrors", () => {
  it("is zero for a transcript that says exactly what was spoken, however written", () => {
    expect(wordErrors("one two three twenty-one", "1, 2, 3, 21.")).toMatchObject({ wer: 0, longestLostRun: 0, words: 5 });
  });

  it("counts a misheard word as one substitution, not a loss", () => {
    expect(wordErrors("I used web sockets to stream updates", "I used web circuit to stream updates")).toMatchObject({
      substitutions: 1,
      deletions: 0,
      insertions: 0,
      longestLostRun: 0,
    });
  });

  it("aligns with the fewest edits, so words heard wrong around a shared word are misheard, not lost", () => {
    const errors = wordErrors("one large request that fetched every shipment at once", "one large request at FH reshipment at once");
    expect(errors.longestLostRun).toBeLessThanOrEqual(1);
    expect(errors.substitutions).toBeGreaterThanOrEqual(3);
  });

  it("finds the longest run of spoken words that went missing", () => {
    const errors = wordErrors("one two three four five six seven eight nine ten", "one two three eight nine ten");
    expect(errors).toMatchObject({ deletions: 4, longestLostRun: 4, lostRun: ["four", "five", "six", "seven"] });
    expect(errors.wer).toBeCloseTo(0.4);
  });

  it("counts words heard twice as insertions", () => {
    expect(wordErrors("one two three", "one two two three")).toMatchObject({ insertions: 1, wer: 1 / 3 });
  });
});

describe("numbersSaid", () => {
  it("reads numbers however they were written, in order, skipping other words", () => {
    expect(numbersSaid("1, 2, three, twenty-one 22 and twenty three, so forty")).toEqual([1, 2, 3, 21, 22, 23, 40]);
  });

  it("shows a number heard twice, and numbers run together", () => {
    expect(numbersSaid("19, 20, 20, 21")).toEqual([19, 20, 20, 21]);
    expect(numbersSaid("45 4647")).toEqual([45, 4647]);
  });
});

import { describe, expect, it } from "vitest";
import { countFillers, countWords } from "./fillers";

describe("countFillers", () => {
  it("counts hesitation sounds and filler words", () => {
    expect(countFillers("Um, so I, uh, basically rewrote it. Actually, umm, it worked.")).toEqual({
      um: 1,
      uh: 1,
      basically: 1,
      actually: 1,
      umm: 1,
    });
  });

  it("counts 'you know' and 'I mean' as phrases, not words", () => {
    expect(countFillers("You know, the cache was stale. I mean, really stale, you know?")).toEqual({ "you know": 2, "i mean": 1 });
  });

  it("counts filler 'like' only where pauses set it off", () => {
    expect(countFillers("It was, like, really slow. Like, ten seconds.")).toEqual({ like: 2 });
    expect(countFillers("I would like to use things like Redis, and it looks like a queue.")).toEqual({});
  });

  it("tells a hedge from a real 'kind of'", () => {
    expect(countFillers("It kind of worked, sort of.")).toEqual({ "kind of": 1, "sort of": 1 });
    expect(countFillers("A B-tree is a kind of index; what sort of load?")).toEqual({});
  });

  it("finds nothing in an empty or clean answer", () => {
    expect(countFillers("")).toEqual({});
    expect(countFillers("I added an index and the query became fast.")).toEqual({});
  });
});

describe("countWords", () => {
  it("counts words, contractions and numbers, not punctuation", () => {
    expect(countWords("I'd say it's 300 ms — roughly.")).toBe(6);
    expect(countWords("   ")).toBe(0);
    expect(countWords("real-time dashboard")).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { hashString, mulberry32, pickByKey, shuffled } from "./random";

describe("seeded randomness", () => {
  it("hashes with FNV-1a", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
  });

  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(seqA);
    for (const n of seqA) expect(n >= 0 && n < 1).toBe(true);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(seqA.slice(0, 5));
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = Object.freeze(Array.from({ length: 20 }, (_, i) => i));
    const output = shuffled(input, mulberry32(1));
    expect(output).not.toEqual(input);
    expect([...output].sort((x, y) => x - y)).toEqual(input);
  });

  it("picks by key stably and refuses an empty list", () => {
    expect(pickByKey(["a", "b", "c"], "k")).toBe(pickByKey(["a", "b", "c"], "k"));
    expect(() => pickByKey([], "k")).toThrow(RangeError);
  });
});

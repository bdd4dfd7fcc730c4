// Tests keyword matching on transcripts, with the spellings Whisper base writes.
import { describe, expect, it } from "vitest";
import { keywordsHeard } from "./keywords.ts";

describe("keywordsHeard", () => {
  const keywords = ["react", "typescript", "websockets", "realtime", "orders"];

  it("finds keywords whatever the case, punctuation or splitting into two words", () => {
    expect(keywordsHeard("With React and TypeScript.", keywords)).toEqual(["react", "typescript"]);
    expect(keywordsHeard("react, type script; Web Sockets", keywords)).toEqual(["react", "typescript", "websockets"]);
    expect(keywordsHeard("a real-time view of new Order's", keywords)).toEqual(["realtime", "orders"]);
  });

  it("does not find a keyword inside another word, in three words, or stemmed", () => {
    expect(keywordsHeard("reactant Type S script websocket reorders", keywords)).toEqual([]);
    expect(keywordsHeard("I build it", ["built"])).toEqual([]);
  });

  it("lists each keyword once, in the order given", () => {
    expect(keywordsHeard("TypeScript and React, React and TypeScript", keywords)).toEqual(["react", "typescript"]);
  });

  it("hears nothing in an empty transcript", () => {
    expect(keywordsHeard("", keywords)).toEqual([]);
    expect(keywordsHeard("...", keywords)).toEqual([]);
  });
});

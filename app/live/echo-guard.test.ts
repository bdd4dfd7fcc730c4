// Tests the echo guard's word comparison on transcripts as Whisper writes them: punctuation, case, hyphens,
// curly apostrophes, and answers that borrow a few of the question's words.
import { describe, expect, it } from "vitest";
import { comparableWords, echoShare, isEcho } from "./echo-guard";

const LINE =
  "Hello, and thanks for joining. I'll be your interviewer today for the Frontend Developer role. I have three questions for you, covering React, along with your wider experience.";

describe("echo guard", () => {
  it("compares words without case, punctuation or hyphens", () => {
    expect(comparableWords("I’ll be your Front-end  developer... 'really'")).toEqual(["i'll", "be", "your", "front", "end", "developer", "really"]);
  });

  it("scores the share of heard words found in the line in order", () => {
    expect(echoShare("Hello and thanks for joining.", LINE)).toBe(1);
    expect(echoShare("I'll be your interviewer today for the Developer role", LINE)).toBe(1);
    expect(echoShare("I'll be your new manager today", LINE)).toBeCloseTo(4 / 6, 5);
    // Same words out of order count only as far as they keep the line's order.
    expect(echoShare("joining thanks hello", LINE)).toBeCloseTo(1 / 3, 5);
    expect(echoShare("", LINE)).toBe(0);
  });

  it("matches words as speech-to-text writes them back: split, joined or nearly spelled", () => {
    expect(echoShare("the front end developer role", LINE)).toBe(1);
    expect(echoShare("the frontend developer", "Tell me about the front end developer you want to be.")).toBe(1);
    expect(echoShare("your interview today", LINE)).toBe(1);
    // Short words must match exactly: "you" is not "your".
    expect(echoShare("you", LINE.replace("for you,", ""))).toBe(0);
    // Whisper base on the room's echo of "I'll be your interviewer today for the Frontend Developer role", as the room cut it.
    expect(isEcho("you are today for the front end of Velliporole.", LINE)).toBe(true);
  });

  it("calls a repetition of the line an echo, and an answer that borrows its words not", () => {
    expect(isEcho("I have three questions for you covering React", LINE)).toBe(true);
    expect(isEcho("In my last project I built a real time dashboard with React and TypeScript.", LINE)).toBe(false);
    expect(isEcho("Sorry, could you repeat the question?", LINE)).toBe(false);
  });
});

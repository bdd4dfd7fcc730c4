import { describe, expect, it } from "vitest";
import { newWords } from "./new-words";

describe("newWords", () => {
  it("gives the words a transcript gained, and nothing when it gained none", () => {
    expect(newWords("", "In my last project")).toBe("In my last project");
    expect(newWords("In my last project", "In my last project I built a dashboard.")).toBe("I built a dashboard.");
    expect(newWords("In my last project", "In my last project")).toBe("");
    expect(newWords("In my last project", "In  my last\nproject ")).toBe("");
  });

  it("gives only the rewritten tail when earlier words changed", () => {
    expect(newWords("I will create a dash", "I built a real-time dashboard")).toBe("built a real-time dashboard");
  });

  it("gives nothing for a transcript that shrank to what was already read", () => {
    expect(newWords("one two three", "one two")).toBe("");
  });
});

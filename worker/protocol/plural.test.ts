import { describe, expect, it } from "vitest";
import { countOf, nounFor } from "./plural";

describe("countOf", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countOf(1, "answer")).toBe("1 answer");
    expect(countOf(0, "answer")).toBe("0 answers");
    expect(countOf(2, "long pause")).toBe("2 long pauses");
    expect(countOf(1.5, "minute")).toBe("1.5 minutes");
  });

  it("takes an irregular plural and formats large numbers", () => {
    expect(countOf(3, "match", "matches")).toBe("3 matches");
    expect(countOf(1, "match", "matches")).toBe("1 match");
    expect(countOf(5000, "character")).toBe("5,000 characters");
  });
});

describe("nounFor", () => {
  it("gives only the noun, for phrases like '2 of 3 interviews'", () => {
    expect(nounFor(1, "interview")).toBe("interview");
    expect(nounFor(3, "interview")).toBe("interviews");
  });
});

import { describe, expect, it } from "vitest";
import { closingLine, openingLine, transitionLine } from "./lines";

// The scripted interviewer cannot judge answers, so nothing it says may sound like praise.
const PRAISE = /\b(great|excellent|perfect|impressive|brilliant|awesome|nice|well done|good answer)\b/i;

describe("openingLine", () => {
  const line = openingLine({ title: "Senior Backend Engineer", skills: ["Node.js", "SQL"], questionCount: 5 });

  it("welcomes the candidate and sets expectations", () => {
    expect(line).toContain("Senior Backend Engineer role");
    expect(line).toContain("five questions");
    expect(line).toContain("Node.js and SQL");
    expect(line).toMatch(/speaking or by typing/);
    expect(line).toMatch(/take a moment/);
    expect(line).toMatch(/Let's begin\.$/);
    expect(line).not.toMatch(PRAISE);
  });

  it("uses the singular for a single question", () => {
    const single = openingLine({ title: "Developer", skills: ["React"], questionCount: 1 });
    expect(single).toContain("one question for you");
    expect(single).not.toContain("questions");
  });

  it("names skills only when every one of them gets a question", () => {
    const line = openingLine({ title: "Developer", skills: ["React", "SQL", "Go"], questionCount: 2 });
    expect(line).toContain("I have two questions for you.");
    expect(line).not.toContain("React");
  });

  it("does not say 'role' twice when the title already does", () => {
    expect(openingLine({ title: "Backend role", skills: [], questionCount: 3 })).toContain("for the Backend role.");
  });
});

describe("transitionLine", () => {
  const lines = Array.from({ length: 40 }, (_, i) => transitionLine(`q-${i}`));

  it("is deterministic per seed", () => {
    expect(transitionLine("q-7")).toBe(transitionLine("q-7"));
    expect(transitionLine(3)).toBe(transitionLine("3"));
  });

  it("varies, stays short and never praises", () => {
    expect(new Set(lines).size).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(line).not.toMatch(PRAISE);
    }
  });
});

describe("closingLine", () => {
  it("ends the interview, says feedback follows and asks nothing", () => {
    const line = closingLine();
    expect(line).toMatch(/close/);
    expect(line).toMatch(/feedback/);
    expect(line).not.toContain("?");
    expect(line).not.toMatch(PRAISE);
  });
});

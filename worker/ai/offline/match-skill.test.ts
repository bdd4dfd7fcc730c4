import { describe, expect, it } from "vitest";
import { findSkillBank, resolveSkills } from "./match-skill";

describe("skill matching", () => {
  it.each([
    ["node", "Node.js"],
    ["NodeJS", "Node.js"],
    ["node.js", "Node.js"],
    ["TS", "TypeScript"],
    ["js", "JavaScript"],
    ["React.js", "React"],
    ["Postgres", "SQL"],
    ["system-design", "System Design"],
    ["unit testing", "Testing"],
  ])("maps %s to %s", (typed, skill) => {
    expect(findSkillBank(typed)?.skill).toBe(skill);
  });

  it.each(["Go", "React Native", "Next.js", "Java", "C#"])("leaves %s to the general templates", (typed) => {
    expect(findSkillBank(typed)).toBeNull();
  });

  it("keeps the candidate's spelling for unknown skills and drops repeats and blanks", () => {
    expect(resolveSkills(["  Apache   Kafka ", "apache kafka", "C#", "C++", "", "sql", "SQL"]).map((s) => s.name)).toEqual([
      "Apache Kafka",
      "C#",
      "C++",
      "SQL",
    ]);
  });
});

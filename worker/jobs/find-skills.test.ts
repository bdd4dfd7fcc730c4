// Which skills a posting names: whole words, the longest name where names overlap, English words
// that are also technologies only in their technology's spelling; and the dictionary agrees with the question bank.
import { describe, expect, it } from "vitest";
import { findSkillBank } from "../ai/offline/match-skill";
import { SKILL_BANKS } from "../ai/offline/question-bank";
import { findFreeSkills, mentionsIn, rankKnownSkills } from "./find-skills";
import { BANK_SKILLS, TECHNOLOGIES } from "./technologies";

const names = (text: string) => mentionsIn(text).map((m) => m.name);

describe("known skills in text", () => {
  it.each([
    ["React Native and React", ["React Native", "React"]],
    ["Node.js, NodeJS or Node", ["Node.js", "Node.js", "Node.js"]],
    ["Java, not JavaScript", ["Java", "JavaScript"]],
    ["NoSQL stores, then T-SQL and PL/SQL", ["SQL", "SQL"]],
    ["C++, C# and .NET; ASP.NET Core", ["C++", "C#", ".NET", ".NET"]],
    ["Go and Golang; a go-to person; Go-to-market", ["Go", "Go"]],
    ["react quickly, swift delivery, rust on the spring", []],
    ["Experience with Python.", ["Python"]],
    ["Jest, Cypress; unit tests and TDD", ["Jest", "Cypress", "Testing", "Testing"]],
    ["GitHub Actions and Git", ["GitHub Actions", "Git"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("ranks skills by mentions, a requirement's counting twice, ties by first mention", () => {
    const lines = [
      { text: "We use Redis and Go", requirement: false },
      { text: "Strong Go and Kafka", requirement: true },
      { text: "Kafka in production", requirement: false },
    ];
    expect(rankKnownSkills(lines)).toEqual(["Go", "Kafka", "Redis"]);
  });
});

describe("other technologies a requirement lists", () => {
  it.each([
    [["Experience with Elixir, Phoenix LiveView or Gleam in production"], ["Elixir"], ["Phoenix LiveView", "Gleam"]],
    [["Knowledge of k6 or Gatling for load testing is a plus"], [], ["k6", "Gatling"]],
    [["Familiarity with cloud platforms (AWS, Fly.io)"], ["AWS"], ["Fly.io"]],
    [["Bachelor's degree in Computer Science or equivalent experience"], [], []],
    [["Experience with distributed systems and good communication with English speakers"], [], []],
  ])("%j", (requirements, known, expected) => {
    expect(findFreeSkills(requirements, known)).toEqual(expected);
  });

  it("reads a stack line as a list, and a name once", () => {
    expect(findFreeSkills(["Experience with Celery"], ["Python"], ["Python, Celery, Temporal"])).toEqual(["Celery", "Temporal"]);
  });
});

describe("the dictionary and the question bank", () => {
  it("names every skill the bank has questions on, exactly as the bank does", () => {
    expect(BANK_SKILLS.map((s) => s.name)).toEqual(SKILL_BANKS.map((bank) => bank.skill));
  });

  it("sends every spelling of a bank skill to that bank, and none of another technology to a bank", () => {
    for (const technology of TECHNOLOGIES) {
      const bank = BANK_SKILLS.includes(technology) ? technology.name : null;
      expect(findSkillBank(technology.name)?.skill ?? null, technology.name).toBe(bank);
      for (const term of [...technology.terms, ...(technology.cased ?? [])]) {
        const found = findSkillBank(term)?.skill ?? null;
        if (found !== null) expect(found, term).toBe(bank);
      }
    }
  });

  it("gives each technology a distinct name", () => {
    const all = TECHNOLOGIES.map((t) => t.name.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

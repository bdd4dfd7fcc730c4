import { describe, expect, it } from "vitest";
import { SKILL_SUGGESTIONS } from "../../protocol/catalog";
import { planQuestions, type PlanInput } from "./plan";

const base: PlanInput = { title: "Full Stack Developer", skills: ["React", "Node.js"], questionCount: 5, seed: "interview-1" };
const plan = (overrides: Partial<PlanInput>) => planQuestions({ ...base, ...overrides });
const ids = (input: Partial<PlanInput>) => plan(input).map((q) => q.id);

describe("planQuestions", () => {
  it("returns exactly the requested number of distinct questions, from 1 to 15", () => {
    for (let count = 1; count <= 15; count++) {
      for (const skills of [["React"], ["JavaScript", "SQL", "Testing"], ["Kubernetes"], [...SKILL_SUGGESTIONS]]) {
        const questions = plan({ questionCount: count, skills });
        expect(questions, `${count} ${skills.join()}`).toHaveLength(count);
        expect(new Set(questions.map((q) => q.id)).size).toBe(count);
        expect(new Set(questions.map((q) => q.text)).size).toBe(count);
      }
    }
  });

  it("is deterministic for the same seed", () => {
    const input = { skills: ["Python", "SQL", "Rust"], questionCount: 12, title: "Senior Backend Engineer" };
    expect(plan(input)).toEqual(plan(input));
  });

  it("gives a different plan for a different seed", () => {
    expect(ids({ questionCount: 8, seed: "a" })).not.toEqual(ids({ questionCount: 8, seed: "b" }));
  });

  it("asks about every chosen skill once there is room for them", () => {
    const skills = ["JavaScript", "SQL", "Testing", "Go"];
    for (const count of [4, 5, 9, 15]) {
      const asked = new Set(plan({ skills, questionCount: count }).map((q) => q.skill));
      for (const skill of skills) expect(asked, `${count}: ${skill}`).toContain(skill);
    }
  });

  it("spreads technical questions evenly, first chosen skill first", () => {
    const technical = plan({ skills: ["React", "SQL"], questionCount: 10 }).filter((q) => q.kind === "technical");
    expect(technical[0]!.skill).toBe("React");
    const perSkill = (skill: string) => technical.filter((q) => q.skill === skill).length;
    expect(Math.abs(perSkill("React") - perSkill("SQL"))).toBeLessThanOrEqual(1);
  });

  it("includes a behavioural question from four questions up, about one in four", () => {
    for (let count = 4; count <= 15; count++) {
      const behavioural = plan({ questionCount: count }).filter((q) => q.kind === "behavioural").length;
      expect(behavioural, `count ${count}`).toBeGreaterThanOrEqual(Math.floor(count / 4));
      expect(behavioural, `count ${count}`).toBeLessThanOrEqual(Math.ceil(count / 3));
    }
  });

  it("opens with an easy question about the candidate's background for the role", () => {
    const [first] = plan({ title: "Platform Engineer", questionCount: 5 });
    expect(first!.id).toMatch(/^opener-/);
    expect(first!.text).toContain("Platform Engineer role");
  });

  it("keeps non-technical questions from clustering together", () => {
    const kinds = plan({ title: "Senior Backend Engineer", questionCount: 15 }).slice(1).map((q) => q.kind);
    for (let i = 1; i < kinds.length; i++) {
      expect(kinds[i - 1] !== "technical" && kinds[i] !== "technical", kinds.join()).toBe(false);
    }
  });

  it("adds a role question matching the title's keywords", () => {
    const roleIds = (title: string, questionCount: number) =>
      ids({ title, questionCount }).filter((id) => id.startsWith("role-"));
    expect(roleIds("Frontend Developer", 6)).toEqual([expect.stringMatching(/^role-frontend-/)]);
    const long = roleIds("Senior Backend Engineer", 12);
    expect(long.some((id) => id.startsWith("role-senior-"))).toBe(true);
    expect(long.some((id) => id.startsWith("role-backend-"))).toBe(true);
    expect(roleIds("Developer Advocate", 12)).toEqual([]);
  });

  it("accepts common spellings of known skills", () => {
    const asked = plan({ skills: ["nodejs", "TS", "postgres", "reactjs"], questionCount: 4 }).map((q) => q.skill);
    expect(asked).toEqual(["Node.js", "TypeScript", "SQL", "React"]);
  });

  it("counts one skill typed two ways once", () => {
    const questions = plan({ skills: ["TypeScript", "ts", "React"], questionCount: 2 });
    expect(questions.map((q) => q.skill)).toEqual(["TypeScript", "React"]);
  });

  it("phrases general questions around unknown skills without repeating a template", () => {
    const questions = plan({ title: "Wizard of Web Things", skills: ["Kubernetes", "Rust"], questionCount: 15 });
    const technical = questions.filter((q) => q.kind === "technical");
    for (const question of technical) {
      expect(["Kubernetes", "Rust"]).toContain(question.skill);
      expect(question.text).toContain(question.skill);
      expect(question.text).not.toContain("{");
    }
    const templates = technical.map((q) => q.id.replace(/-(kubernetes|rust)$/, ""));
    expect(new Set(templates).size).toBe(templates.length);
    expect(questions[0]!.text).toContain("Wizard of Web Things");
  });

  it("asks a single technical question when only one is requested", () => {
    const [only, ...rest] = plan({ skills: ["SQL"], questionCount: 1 });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: "technical", skill: "SQL" });
  });

  it("fills a 15-question interview on one unknown skill", () => {
    const questions = plan({ title: "x", skills: ["Elixir"], questionCount: 15 });
    expect(questions).toHaveLength(15);
    expect(questions.filter((q) => q.skill === "Elixir").length).toBeGreaterThanOrEqual(9);
  });

  it("still returns the full count with no usable skills", () => {
    const questions = plan({ skills: ["  "], questionCount: 6 });
    expect(questions).toHaveLength(6);
    expect(new Set(questions.map((q) => q.id)).size).toBe(6);
  });

  it("rejects a count that is not a whole number", () => {
    expect(() => plan({ questionCount: -1 })).toThrow(RangeError);
    expect(() => plan({ questionCount: 2.5 })).toThrow(RangeError);
  });
});

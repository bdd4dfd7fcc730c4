import { describe, expect, it } from "vitest";
import { ROLE_SUGGESTIONS, SKILL_SUGGESTIONS } from "../../../protocol/catalog";
import { matchRoleGroups } from "../match-role";
import { findSkillBank, normalizeSkill } from "../match-skill";
import type { PlannedQuestion } from "../types";
import { BEHAVIOURAL_QUESTIONS, GENERAL_TEMPLATES, OPENER_TEMPLATES, ROLE_GROUPS, SKILL_BANKS } from "./index";

// Spoken aloud and scored by phrase coverage: plain sentences, 3-6 short distinct points.
function expectWellFormed(question: Pick<PlannedQuestion, "id" | "text" | "talkingPoints">) {
  expect(question.text, question.id).toMatch(/^[A-Z].*[?.]$/);
  expect(question.text, question.id).not.toMatch(/[`*_<>]|\n|(^|\s)#/);
  expect(question.text.length, question.id).toBeLessThanOrEqual(180);
  expect(question.talkingPoints.length, question.id).toBeGreaterThanOrEqual(3);
  expect(question.talkingPoints.length, question.id).toBeLessThanOrEqual(6);
  expect(new Set(question.talkingPoints.map((p) => p.toLowerCase())).size, question.id).toBe(question.talkingPoints.length);
  for (const point of question.talkingPoints) {
    expect(point.trim(), question.id).toBe(point);
    expect(point.split(/\s+/).length, `${question.id}: ${point}`).toBeLessThanOrEqual(5);
  }
}

describe("skill banks", () => {
  it.each(SKILL_SUGGESTIONS)("%s has at least 20 distinct, well-formed technical questions", (skill) => {
    const bank = findSkillBank(skill);
    expect(bank?.skill).toBe(skill);
    const questions = bank!.questions;
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.text.toLowerCase())).size).toBe(questions.length);
    for (const question of questions) {
      expect(question.kind).toBe("technical");
      expect(question.skill).toBe(skill);
      expectWellFormed(question);
    }
  });

  it("has exactly one bank per offered skill", () => {
    expect(SKILL_BANKS.map((bank) => bank.skill)).toEqual([...SKILL_SUGGESTIONS]);
  });

  it("never gives two banks the same alias", () => {
    const aliases = SKILL_BANKS.flatMap((bank) => [...new Set([bank.skill, ...bank.aliases].map(normalizeSkill))]);
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});

describe("behavioural, role and template questions", () => {
  it("has at least 20 well-formed behavioural questions", () => {
    expect(BEHAVIOURAL_QUESTIONS.length).toBeGreaterThanOrEqual(20);
    for (const question of BEHAVIOURAL_QUESTIONS) {
      expect(question.kind).toBe("behavioural");
      expect(question.skill).toBeUndefined();
      expectWellFormed(question);
    }
  });

  it("has at least 5 well-formed questions per role group", () => {
    expect(ROLE_GROUPS.map((group) => group.id).sort()).toEqual(
      ["architect", "backend", "frontend", "fullstack", "junior", "senior", "techlead"],
    );
    for (const group of ROLE_GROUPS) {
      expect(group.questions.length, group.id).toBeGreaterThanOrEqual(5);
      for (const question of group.questions) {
        expect(question.kind).toBe("role");
        expect(question.id.startsWith(`role-${group.id}-`), question.id).toBe(true);
        expectWellFormed(question);
      }
    }
  });

  it.each(ROLE_SUGGESTIONS)("the suggested role %s matches a role group", (title) => {
    expect(matchRoleGroups(title).length).toBeGreaterThan(0);
  });

  it("has enough general templates for a 15-question interview on one unknown skill", () => {
    expect(GENERAL_TEMPLATES.length).toBeGreaterThanOrEqual(15);
    for (const template of GENERAL_TEMPLATES) {
      expect(template.text, template.id).toContain("{skill}");
      expectWellFormed({ ...template, text: template.text.replaceAll("{skill}", "Go") });
    }
  });

  it("phrases every opener around the role", () => {
    expect(OPENER_TEMPLATES.length).toBeGreaterThanOrEqual(2);
    for (const template of OPENER_TEMPLATES) {
      expect(template.text, template.id).toContain("the {role} role");
      expectWellFormed({ ...template, text: template.text.replaceAll("{role}", "Backend Developer") });
    }
  });
});

describe("question ids", () => {
  it("are unique across the whole bank and follow the prefix-number pattern", () => {
    const ids = [
      ...SKILL_BANKS.flatMap((bank) => bank.questions),
      ...BEHAVIOURAL_QUESTIONS,
      ...ROLE_GROUPS.flatMap((group) => group.questions),
      ...GENERAL_TEMPLATES,
      ...OPENER_TEMPLATES,
    ].map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*-\d{2}$/);
  });
});

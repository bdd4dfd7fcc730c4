// Checks the ways of making talking points against the whole question bank: every point can be
// made in its own words, and every listed point is one the bank asks about.
import { describe, expect, it } from "vitest";
import { pointMade } from "../coverage";
import { BEHAVIOURAL_QUESTIONS, GENERAL_TEMPLATES, OPENER_TEMPLATES, ROLE_GROUPS, SKILL_BANKS } from "../question-bank";
import type { QuestionKind } from "../types";
import { findAllOf, findPattern } from "./pattern";
import { listedPoints, ownWordsMislead, sensesOf } from "./senses";

const BANK: { point: string; kind: QuestionKind }[] = [
  ...SKILL_BANKS.flatMap((bank) => bank.questions),
  ...BEHAVIOURAL_QUESTIONS,
  ...ROLE_GROUPS.flatMap((group) => group.questions),
].flatMap((q) => q.talkingPoints.map((point) => ({ point, kind: q.kind })));
BANK.push(...GENERAL_TEMPLATES.flatMap((t) => t.talkingPoints.map((point) => ({ point, kind: "technical" as const }))));
BANK.push(...OPENER_TEMPLATES.flatMap((t) => t.talkingPoints.map((point) => ({ point, kind: "role" as const }))));

describe("senses", () => {
  it("cover every talking point of the bank, each made by a sentence that states it", () => {
    expect(BANK.length).toBeGreaterThan(1_000);
    const plain = BANK.filter(({ point }) => !ownWordsMislead(point));
    const unmade = plain.filter(({ point, kind }) => !pointMade(point, `I would say ${point}.`, kind));
    expect(unmade.map(({ point }) => point)).toEqual([]);
    // Tags and compiles every pattern of the bank for the first time: seconds, on a shared machine.
  }, 60_000);

  it("give the points whose own words mislead other ways to be made", () => {
    const misleading = BANK.filter(({ point }) => ownWordsMislead(point));
    expect(misleading.length).toBeGreaterThan(0);
    for (const { point } of misleading) expect(sensesOf(point).length, point).toBeGreaterThan(0);
  });

  it("list only points the bank asks about", () => {
    const asked = new Set(BANK.map(({ point }) => point.toLowerCase()));
    expect(listedPoints().filter((point) => !asked.has(point))).toEqual([]);
  });

  it("fall back to the point's own words", () => {
    expect(sensesOf("an unlisted point")).toEqual([["unlisted", "point"]]);
    expect(sensesOf("TTL").at(-1)).toEqual(["ttl"]);
  });
});

describe("patterns", () => {
  it("match words by lemma or stem, in order, within a sentence", () => {
    expect(findPattern("i build/lead", "Last year I led the migration.").length).toBe(1);
    expect(findPattern("i build/lead", "The migration was led by me.").length).toBe(0);
    expect(findPattern("from # * to #", "Load time went from 4 seconds to 1 second.").length).toBe(1);
    expect(findPattern("from # * to #", "It went from slow. To 1 second.").length).toBe(0);
  });

  it("take phrase alternatives, exact words and named tools", () => {
    expect(findPattern("as a result|in the end", "In the end we shipped it.").length).toBe(1);
    expect(findPattern("=any", "We had many issues.").length).toBe(0);
    expect(findPattern("@tech", "We used Postgres and Go.").length).toBe(2);
    expect(findPattern("@tech", "We go live on Monday.").length).toBe(0);
  });

  it("match a list of words in any order within one sentence", () => {
    expect(findAllOf(["state", "share"], "The state was shared.").length).toBe(1);
    expect(findAllOf(["state", "share"], "The state was global. We shared it.").length).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import type { DeliveryMetrics } from "../../../worker/protocol/feedback";
import type { QuestionFeedback } from "../../../worker/protocol/report";
import { compareAttempts } from "./compare-attempts";

const voice = (over: Partial<DeliveryMetrics>): DeliveryMetrics => ({
  kind: "voice",
  words: 60,
  characters: 300,
  speakingMs: 30_000,
  wordsPerMinute: 120,
  fillers: { total: 3, perMinute: 6, counts: { um: 3 } },
  longPauses: { count: 2, totalMs: 5000 },
  notes: [],
  ...over,
});

const rubric = (score: number) => ({ score, quote: "index", why: "because" });

const technical = (covered: string[], score: number | null, metrics: DeliveryMetrics | null): QuestionFeedback => ({
  questionId: "sql-1",
  question: "How do you speed up a slow query?",
  kind: "technical",
  answer: "index",
  verdict: score === null ? "not_enough" : "scored",
  notEnoughReason: score === null ? "Too short." : null,
  strengths: [],
  improvements: [],
  star: null,
  talkingPoints: score === null ? null : ["read the plan", "add an index", "measure"].map((point) => ({ point, quote: covered.includes(point) ? "index" : null })),
  rubric: score === null ? null : { relevance: rubric(score), depth: rubric(score), structure: rubric(score), communication: rubric(score) },
  metrics,
});

describe("compareAttempts", () => {
  it("counts one word in the singular", () => {
    const { changes } = compareAttempts(technical([], 2, voice({ words: 3, wordsPerMinute: 3 })), technical([], 2, voice({ words: 1, wordsPerMinute: 1 })));
    expect(changes).toContain("Length: 3 → 1 word.");
    expect(changes).toContain("Pace: 3 → 1 word per minute.");
  });

  it("names the points gained and lost, the score change and the delivery changes", () => {
    const before = technical(["add an index"], 2, voice({}));
    const after = technical(["read the plan", "measure"], 4, voice({ words: 90, wordsPerMinute: 150, fillers: { total: 1, perMinute: 1.5, counts: { um: 1 } }, longPauses: { count: 0, totalMs: 0 } }));
    const { rows, changes } = compareAttempts(before, after);
    expect(changes).toEqual([
      "Score up from 2 to 4 / 5 (+2).",
      "Now covers: read the plan; measure.",
      "No longer covers: add an index.",
      "Still missing: add an index.",
      "Length: 60 → 90 words.",
      "Pace: 120 → 150 words per minute.",
      "Fillers: 6 → 1.5 per minute.",
      "Long pauses: 2 → 0.",
    ]);
    expect(rows.find((r) => r.label === "Expected points covered")).toEqual({ label: "Expected points covered", before: "1 of 3", after: "2 of 3" });
    expect(rows.find((r) => r.label === "Spoken for")).toEqual({ label: "Spoken for", before: "30 s", after: "30 s" });
  });

  it("says honestly when either answer could not be scored, and never invents a number", () => {
    const unscored = technical([], null, voice({ words: 3 }));
    const scored = technical(["add an index"], 3, voice({}));
    expect(compareAttempts(unscored, scored).changes[0]).toBe("Now scored: 3 / 5. The first answer could not be scored.");
    expect(compareAttempts(scored, unscored).changes[0]).toBe("This attempt could not be scored; the first answer scored 3 / 5.");
    const both = compareAttempts(unscored, unscored);
    expect(both.changes[0]).toMatch(/^Still not enough to score/);
    expect(both.rows[0]).toEqual({ label: "Score", before: "Not enough to score", after: "Not enough to score" });
    expect(both.rows.some((r) => r.label === "Expected points covered")).toBe(false);
  });

  it("compares a typed attempt with a spoken first answer on what both have", () => {
    const typed: DeliveryMetrics = { ...voice({}), kind: "text", speakingMs: null, wordsPerMinute: null, longPauses: null, fillers: { total: 0, perMinute: null, counts: {} } };
    const { rows, changes } = compareAttempts(technical(["add an index"], 3, voice({})), technical(["add an index"], 3, typed));
    expect(changes).toEqual(["Score unchanged at 3 / 5.", "Still missing: read the plan; measure.", "Fillers: 3 → 0."]);
    expect(rows.find((r) => r.label === "Words per minute")).toEqual({ label: "Words per minute", before: "120", after: "—" });
    const bothTyped = compareAttempts(technical(["add an index"], 3, typed), technical(["add an index"], 3, typed)).rows.map((r) => r.label);
    expect(bothTyped).toEqual(["Score", "Expected points covered", "Words", "Fillers"]);
  });
});

import { describe, expect, it } from "vitest";
import { planQuestions } from "../ai/offline";
import type { Turn } from "../ai/provider";
import { nextTurn, type TurnHistoryItem } from "./turns";

const plan = planQuestions({ title: "Backend Developer", skills: ["SQL"], questionCount: 2, seed: "turns" });
const asked = (turn: Turn): TurnHistoryItem => ({ role: "assistant", content: "question", turn });
const answered = (content: string): TurnHistoryItem => ({ role: "user", content, turn: null });
const SOLID =
  "In my last project we had a slow query on the orders table. For example, I added an index and used explain to check the plan, " +
  "joins, normalization and transactions were involved. The result was that the report got ten times faster and I learned a lot.";

describe("nextTurn", () => {
  it("opens with the first planned question", () => {
    expect(nextTurn(plan, [])).toEqual({ kind: "opening", planIndex: 0, followUp: null });
  });

  it("waits while the candidate has not answered", () => {
    expect(nextTurn(plan, [asked({ kind: "opening", planIndex: 0, followUp: null })])).toBeNull();
  });

  it("follows up once on a thin answer, then moves on", () => {
    const opening = asked({ kind: "opening", planIndex: 0, followUp: null });
    const followUp = nextTurn(plan, [opening, answered("Yes.")]);
    expect(followUp).toMatchObject({ kind: "follow_up", planIndex: 0 });
    expect(followUp?.followUp).toEqual(expect.any(String));
    expect(nextTurn(plan, [opening, answered("Yes."), asked(followUp!), answered("Still short.")])).toEqual({
      kind: "question",
      planIndex: 1,
      followUp: null,
    });
  });

  it("closes after the last planned question is answered, and then is done", () => {
    const last = asked({ kind: "question", planIndex: 1, followUp: null });
    const closing = nextTurn(plan, [last, answered(SOLID)]);
    expect(closing?.kind === "closing" || closing?.kind === "follow_up").toBe(true);
    const done = [last, answered(SOLID), asked({ kind: "closing", planIndex: 1, followUp: null })];
    expect(nextTurn(plan, done)).toBeNull();
  });
});

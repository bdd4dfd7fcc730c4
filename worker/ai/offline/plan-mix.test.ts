import { describe, expect, it } from "vitest";
import { planMix } from "./plan-mix";

const total = (mix: ReturnType<typeof planMix>) => Number(mix.opener) + mix.technical + mix.behavioural + mix.role;

describe("planMix", () => {
  it("always adds up to the requested count", () => {
    for (let count = 0; count <= 15; count++) {
      for (let skills = 0; skills <= 10; skills++) {
        for (const groups of [0, 1, 2]) expect(total(planMix(count, skills, groups))).toBe(count);
      }
    }
  });

  it("gives every chosen skill a technical question before anything else", () => {
    expect(planMix(4, 4, 1)).toEqual({ opener: false, technical: 4, behavioural: 0, role: 0 });
    expect(planMix(3, 5, 0)).toEqual({ opener: false, technical: 3, behavioural: 0, role: 0 });
  });

  it("uses the default five questions for an opener, a behavioural and a role question", () => {
    expect(planMix(5, 2, 1)).toEqual({ opener: true, technical: 2, behavioural: 1, role: 1 });
  });

  it("keeps short interviews technical", () => {
    expect(planMix(1, 1, 1)).toEqual({ opener: false, technical: 1, behavioural: 0, role: 0 });
    expect(planMix(3, 1, 1)).toEqual({ opener: true, technical: 2, behavioural: 0, role: 0 });
  });

  it("asks one role question per matched group, at most two, in long interviews", () => {
    expect(planMix(15, 2, 2).role).toBe(2);
    expect(planMix(15, 2, 1).role).toBe(1);
    expect(planMix(9, 2, 2).role).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import type { DeliveryMetrics } from "../../../worker/protocol/feedback";
import { deliveryParts } from "./delivery-line";

const metrics = (over: Partial<DeliveryMetrics>): DeliveryMetrics => ({
  kind: "voice",
  words: 60,
  characters: 300,
  speakingMs: 30_000,
  wordsPerMinute: 120,
  fillers: { total: 0, perMinute: 0, counts: {} },
  longPauses: { count: 2, totalMs: 5000 },
  notes: [],
  ...over,
});

describe("deliveryParts", () => {
  it("counts in the plural", () => {
    expect(deliveryParts(metrics({}))).toEqual(["60 words", "30 s spoken", "120 words per minute", "no fillers", "2 long pauses"]);
  });

  it("counts one of anything in the singular", () => {
    const one = metrics({ words: 1, speakingMs: 1000, wordsPerMinute: 1, longPauses: { count: 1, totalMs: 3000 } });
    expect(deliveryParts(one)).toEqual(["1 word", "1 s spoken", "1 word per minute", "no fillers", "1 long pause"]);
  });
});

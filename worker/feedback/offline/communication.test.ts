// Checks the communication score: measured pace, fillers and pauses for spoken answers; fillers and
// sentence length for typed ones. Quotes stay the candidate's own words either way.
import { describe, expect, it } from "vitest";
import { isQuoteFrom } from "../../protocol/report";
import { textMetrics, voiceMetrics } from "../delivery-metrics";
import { ANSWER_PAIRS, bankQuestion } from "./fixtures";
import { fillersSaid } from "./communication";
import { scoreAnswer } from "./score-answer";

const pair = ANSWER_PAIRS.find((p) => p.questionId === "js-01")!;
const question = bankQuestion(pair.questionId);
const spoken = (transcript: string, seconds: number, longPausesMs: number[] = []) =>
  voiceMetrics({ transcript, segmentDurationsMs: [seconds * 1_000], longPausesMs, keepsHesitations: true });
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("communication", () => {
  it("praises a comfortable measured pace with few fillers", () => {
    const seconds = (wordsIn(pair.strong) / 140) * 60;
    const feedback = scoreAnswer(question, pair.strong, spoken(pair.strong, seconds));
    expect(feedback.rubric!.communication.score).toBe(5);
    expect(feedback.rubric!.communication.why).toMatch(/comfortable pace of 14\d words a minute/);
    expect(feedback.metrics!.kind).toBe("voice");
  });

  it("marks down a rushed answer full of fillers and long pauses, quoting where the fillers are", () => {
    const transcript = pair.strong.replace(/\. /g, ". Um, you know, ");
    const seconds = (wordsIn(transcript) / 230) * 60;
    const feedback = scoreAnswer(question, transcript, spoken(transcript, seconds, [2_500, 3_000, 4_000, 2_200]));
    const communication = feedback.rubric!.communication;
    expect(communication.score).toBe(1);
    expect(communication.why).toMatch(/fast pace/);
    expect(communication.why).toMatch(/filler words/);
    expect(communication.why).toMatch(/long pauses/);
    expect(feedback.improvements.some((item) => /fillers/.test(item.point))).toBe(true);
    for (const item of feedback.improvements) expect(isQuoteFrom(item.quote, transcript)).toBe(true);
  });

  it("asks a slow speaker to pick up the pace", () => {
    const seconds = (wordsIn(pair.strong) / 80) * 60;
    const feedback = scoreAnswer(question, pair.strong, spoken(pair.strong, seconds));
    expect(feedback.rubric!.communication.score).toBeLessThan(5);
    expect(feedback.rubric!.communication.why).toMatch(/slow pace of 80 words a minute/);
  });

  it("judges typed answers by fillers and sentence length, not pace", () => {
    const feedback = scoreAnswer(question, pair.weak, textMetrics(pair.weak));
    expect(feedback.rubric!.communication.score).toBe(5);
    expect(feedback.rubric!.communication.why).not.toMatch(/words a minute/);
    const rambling = `${pair.weak.replace(/\./g, ",").replace(/,$/, "")} and um basically it just, like, keeps going and going without a break anywhere.`;
    const long = scoreAnswer(question, rambling, textMetrics(rambling));
    expect(long.rubric!.communication.score).toBeLessThan(5);
    expect(isQuoteFrom(long.rubric!.communication.quote, rambling)).toBe(true);
  });

  it("scores the same answer the same way with or without typed-answer metrics", () => {
    const bare = scoreAnswer(question, pair.weak, null);
    const typed = scoreAnswer(question, pair.weak, textMetrics(pair.weak));
    expect(typed.rubric).toEqual(bare.rubric);
  });
});

describe("the fillers named", () => {
  it("are the ones counted, most frequent first", () => {
    expect(fillersSaid({ um: 1, like: 3 })).toBe('"like" 3 times and "um" once');
    expect(fillersSaid({ so: 2 })).toBe('"so" to open a sentence twice');
    expect(fillersSaid({ a: 1, b: 1, c: 1, d: 4 })).toBe('most often "d" 4 times, "a" once and "b" once');
  });

  it("in the report are what the answer said, not a stock list", () => {
    const transcript = `${pair.weak} It was, like, slow. Like, really slow, like, ten seconds. So, yeah.`;
    const feedback = scoreAnswer(question, transcript, textMetrics(transcript));
    const point = feedback.improvements.find((item) => /fillers/.test(item.point))!.point;
    expect(point).toMatch(/"like" \d times/);
    expect(point).not.toMatch(/"um"|"you know"/);
  });
});

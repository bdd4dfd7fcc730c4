import { describe, expect, it } from "vitest";
import type { PlannedQuestion } from "../ai/offline";
import { answersByQuestion, type TranscriptItem } from "./answers-by-question";

const plan: PlannedQuestion[] = [
  { id: "q1", text: "First?", kind: "technical", talkingPoints: ["a", "b", "c"] },
  { id: "q2", text: "Second?", kind: "behavioural", talkingPoints: ["a", "b", "c"] },
  { id: "q3", text: "Third?", kind: "technical", talkingPoints: ["a", "b", "c"] },
];
const asked = (kind: "opening" | "question" | "follow_up" | "closing", planIndex: number): TranscriptItem => ({
  role: "assistant",
  content: "…",
  status: "complete",
  turn: { kind, planIndex, followUp: null },
  metrics: null,
});
const said = (content: string, status = "complete"): TranscriptItem => ({ role: "user", content, status, turn: null, metrics: null });

describe("answersByQuestion", () => {
  it("joins a follow-up answer to its question and leaves out questions never asked", () => {
    const grouped = answersByQuestion(plan, [
      asked("opening", 0),
      said("Short."),
      asked("follow_up", 0),
      said("Longer, with an example."),
      asked("question", 1),
      said("A story."),
      asked("closing", 1),
    ]);
    expect(grouped.map((g) => [g.question.id, g.answer])).toEqual([
      ["q1", "Short. Longer, with an example."],
      ["q2", "A story."],
    ]);
  });

  it("keeps an asked but unanswered question (ended early) with an empty answer, and skips failed answers", () => {
    const grouped = answersByQuestion(plan, [asked("opening", 0), said("half", "failed"), asked("question", 1)].slice(0, 3));
    expect(grouped.map((g) => [g.question.id, g.answer])).toEqual([
      ["q1", ""],
      ["q2", ""],
    ]);
  });
});

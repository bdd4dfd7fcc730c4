// Groups a finished interview's transcript by planned question: the question, everything the
// candidate said in answer to it (follow-ups included), and the delivery of the main answer.
import type { PlannedQuestion } from "../ai/offline";
import type { Turn } from "../ai/provider";
import type { DeliveryMetrics } from "../protocol/feedback";

export interface TranscriptItem {
  role: "user" | "assistant" | "system";
  content: string;
  status: string;
  turn: Turn | null;
  metrics: DeliveryMetrics | null;
}

export interface AnsweredQuestion {
  question: PlannedQuestion;
  answer: string;
  metrics: DeliveryMetrics | null;
}

/** Questions that were asked, in order, each with its answers; questions never asked are left out. */
export function answersByQuestion(plan: PlannedQuestion[], transcript: TranscriptItem[]): AnsweredQuestion[] {
  const byIndex = new Map<number, { answers: string[]; metrics: DeliveryMetrics | null }>();
  let current: number | null = null;
  for (const item of transcript) {
    if (item.status !== "complete") continue;
    if (item.role === "assistant" && item.turn) {
      current = item.turn.kind === "closing" ? null : item.turn.planIndex;
      if (current !== null && !byIndex.has(current)) byIndex.set(current, { answers: [], metrics: null });
    } else if (item.role === "user" && current !== null) {
      const entry = byIndex.get(current)!;
      entry.answers.push(item.content.trim());
      entry.metrics ??= item.metrics;
    }
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, { answers, metrics }]) => {
      const question = plan[index];
      return question ? [{ question, answer: answers.filter(Boolean).join(" "), metrics }] : [];
    });
}

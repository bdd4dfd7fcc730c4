// Decides the interviewer's next turn from the plan and the conversation so far: the opening,
// one follow-up when an answer needs it, the next planned question, or the close.
import { followUpFor, type PlannedQuestion } from "../ai/offline";
import type { Turn } from "../ai/provider";

export interface TurnHistoryItem {
  role: "user" | "assistant" | "system";
  content: string;
  turn: Turn | null;
}

/** The turn an interviewer message was, as stored with it. */
export function parseTurn(message: { turn: string | null }): Turn | null {
  return message.turn ? (JSON.parse(message.turn) as Turn) : null;
}

/** null when it is the candidate's turn, or the interview is over (the closing turn has been given). */
export function nextTurn(plan: PlannedQuestion[], history: TurnHistoryItem[]): Turn | null {
  let lastAssistant = -1;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.role === "assistant" && history[i]!.turn) {
      lastAssistant = i;
      break;
    }
  }
  if (lastAssistant < 0) return { kind: "opening", planIndex: 0, followUp: null };
  const last = history[lastAssistant]!.turn!;
  if (last.kind === "closing") return null;

  const answers = history.slice(lastAssistant + 1).filter((m) => m.role === "user");
  // The interviewer has spoken and the candidate has not answered yet: nothing to do.
  if (answers.length === 0) return null;
  const answer = answers.map((m) => m.content).join(" ");
  if (last.kind === "opening" || last.kind === "question") {
    const question = plan[last.planIndex];
    const followUp = question ? followUpFor(question, answer) : null;
    if (followUp) return { kind: "follow_up", planIndex: last.planIndex, followUp };
  }
  const next = last.planIndex + 1;
  return next < plan.length ? { kind: "question", planIndex: next, followUp: null } : { kind: "closing", planIndex: last.planIndex, followUp: null };
}

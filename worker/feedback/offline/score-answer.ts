// Scores one answer to one planned question without a model: deterministic, and every score and
// point backed by a quote of the candidate's own words, or an honest "not enough to score".
import type { PlannedQuestion } from "../../ai/offline/types";
import type { DeliveryMetrics } from "../../protocol/feedback";
import type { QuestionFeedback } from "../../protocol/report";
import { analyse } from "./analysis";
import { communication } from "./communication";
import { improvements, strengths } from "./evidence";
import { depth, relevance, structure, type RubricScore } from "./rubric";
import { notEnoughReason } from "./unscorable";

/** Highest depth or structure for an answer that does not address the question (relevance 1). */
export const OFF_TOPIC_CAP = 2;

/**
 * Detail and shape only count towards the question asked: an answer about something else (relevance
 * 1) gets at most OFF_TOPIC_CAP for them, so a well-told story pasted under every question cannot
 * outscore a real answer. Delivery (communication) is judged apart.
 */
function offTopic(fit: RubricScore, score: RubricScore): RubricScore {
  if (fit.score > 1 || score.score <= OFF_TOPIC_CAP) return score;
  return { ...score, score: OFF_TOPIC_CAP, why: `${score.why} It counts for little here, as the answer does not address this question.` };
}

export function scoreAnswer(question: PlannedQuestion, answer: string, metrics: DeliveryMetrics | null): QuestionFeedback {
  const base = { questionId: question.id, question: question.text, kind: question.kind, answer, metrics };
  const reason = notEnoughReason(question, answer);
  if (reason !== null) {
    // Nothing to quote, so no evidence: feedback without real quotes would be made up.
    return { ...base, verdict: "not_enough", notEnoughReason: reason, strengths: [], improvements: [], star: null, talkingPoints: null, rubric: null };
  }
  const a = analyse(question, answer);
  const delivery = communication(a, metrics);
  const fit = relevance(a);
  return {
    ...base,
    verdict: "scored",
    notEnoughReason: null,
    strengths: strengths(a, delivery),
    improvements: improvements(a, delivery),
    star: a.star,
    // Stories are judged by their STAR parts; explanations by the points they cover.
    talkingPoints: question.kind === "behavioural" ? null : a.points.map(({ point, quote }) => ({ point, quote })),
    rubric: {
      relevance: fit,
      depth: offTopic(fit, depth(a)),
      structure: offTopic(fit, structure(a)),
      communication: { score: delivery.score, quote: delivery.quote, why: delivery.why },
    },
  };
}

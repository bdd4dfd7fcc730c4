// Feedback on one answer written by a model, and checked: it must fit the schema and every quote
// must be something the candidate said. One retry with the problem spelled out, then a clear
// failure, never a made-up report. Empty or nonsense answers never reach the model.
import type { PlannedQuestion } from "../ai/offline";
import { ASSESS_TIMEOUT_MS, type AiProvider } from "../ai/provider";
import { InvalidModelOutput } from "../ai/structured";
import type { DeliveryMetrics } from "../protocol/feedback";
import { isQuoteFrom, modelFeedbackSchema, type ModelFeedback, type QuestionFeedback } from "../protocol/report";
import { scoreAnswer } from "./offline/score-answer";
import { notEnoughReason } from "./offline/unscorable";

export class ReportFailed extends Error {
  override name = "ReportFailed";
}

function quotesOf(feedback: ModelFeedback): string[] {
  return [
    ...feedback.strengths.map((e) => e.quote),
    ...feedback.improvements.map((e) => e.quote),
    ...Object.values(feedback.star ?? {}).filter((q): q is string => q !== null),
    ...(feedback.talkingPoints ?? []).flatMap((t) => (t.quote ? [t.quote] : [])),
    ...Object.values(feedback.rubric ?? {}).map((r) => r.quote),
  ];
}

/** The model's feedback if it holds up, or what is wrong with it in words the model can act on. */
export function checkModelFeedback(raw: unknown, answer: string): { ok: true; feedback: ModelFeedback } | { ok: false; problem: string } {
  const parsed = modelFeedbackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `The JSON did not match the schema at ${issue?.path.join(".") || "the top level"}: ${issue?.message}.` };
  }
  const feedback = parsed.data;
  if (feedback.verdict === "scored" && !feedback.rubric) return { ok: false, problem: "A scored answer needs all four rubric scores." };
  if (feedback.verdict === "not_enough" && (feedback.rubric || !feedback.notEnoughReason)) {
    return { ok: false, problem: 'With verdict "not_enough", rubric must be null and notEnoughReason must say why.' };
  }
  const invented = quotesOf(feedback).find((quote) => !isQuoteFrom(quote, answer));
  if (invented) return { ok: false, problem: `This quote is not in the candidate's answer: "${invented.slice(0, 120)}". Quote only exact words from the answer.` };
  return { ok: true, feedback };
}

export async function modelQuestionFeedback(
  provider: AiProvider,
  question: PlannedQuestion,
  answer: string,
  metrics: DeliveryMetrics | null,
): Promise<QuestionFeedback> {
  // Nothing to assess: the same honest "not enough" the offline scorer gives, without asking a model.
  if (notEnoughReason(question, answer) || !provider.assessAnswer) return scoreAnswer(question, answer, metrics);
  let previousProblem: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    let raw: unknown;
    try {
      raw = await provider.assessAnswer({ question, answer, previousProblem }, AbortSignal.timeout(ASSESS_TIMEOUT_MS));
    } catch (error) {
      if (!(error instanceof InvalidModelOutput)) throw error;
      previousProblem = error.message;
      continue;
    }
    const checked = checkModelFeedback(raw, answer);
    if (checked.ok) {
      return { questionId: question.id, question: question.text, kind: question.kind, answer, metrics, ...checked.feedback };
    }
    previousProblem = checked.problem;
  }
  throw new ReportFailed("The feedback model's answer could not be checked against what you said, twice, so no report was made. Try again.");
}

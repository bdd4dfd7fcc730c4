// Writes the report of a finished interview from what is stored: the plan, the transcript, each
// answer's delivery metrics and the job posting's requirements. Offline, every answer is scored
// deterministically; with a model, the model writes the feedback and every quote is checked.
// Called when an interview completes, and on request.
import type { PlannedQuestion } from "../ai/offline";
import type { DeliveryMetrics } from "../protocol/feedback";
import type { AiProvider } from "../ai/provider";
import { parseTurn } from "../live/turns";
import type { QuestionFeedback, Report } from "../protocol/report";
import type { Requirement } from "../protocol/requirement";
import type { LiveStorage } from "../storage/live-storage";
import type { ReportStorage } from "../storage/report-storage";
import { answersByQuestion } from "./answers-by-question";
import { assembleReport } from "./assemble-report";
import { talkShare } from "./delivery-metrics";
import { modelQuestionFeedback } from "./model-feedback";
import { requirementEvidence } from "./requirement-evidence";
import { scoreAnswer } from "./offline/score-answer";

/** Feedback on one answer: written by the model when the provider has one, computed offline otherwise. */
export function feedbackOn(provider: AiProvider, question: PlannedQuestion, answer: string, metrics: DeliveryMetrics | null): Promise<QuestionFeedback> {
  return provider.assessAnswer ? modelQuestionFeedback(provider, question, answer, metrics) : Promise.resolve(scoreAnswer(question, answer, metrics));
}

export async function writeReport(
  storage: { live: LiveStorage; reports: ReportStorage },
  provider: AiProvider,
  interviewId: string,
  now: () => number,
  requirements: readonly Requirement[] = [],
): Promise<Report> {
  const plan = storage.live.readPlan(interviewId) ?? [];
  const transcript = storage.live.listMessages(interviewId).map((m) => ({ ...m, turn: parseTurn(m) }));
  const questions: QuestionFeedback[] = [];
  // One question at a time: a report is not urgent, and a model provider's rate limits are shared.
  for (const { question, answer, metrics } of answersByQuestion(plan, transcript)) {
    questions.push(await feedbackOn(provider, question, answer, metrics));
  }
  const evidence = requirements.length > 0 ? requirementEvidence(requirements, plan, questions) : null;
  const report = assembleReport(interviewId, provider.assessAnswer ? provider.info.name : "offline", questions, talkShare(transcript), now(), evidence);
  storage.reports.saveReport(report);
  return report;
}

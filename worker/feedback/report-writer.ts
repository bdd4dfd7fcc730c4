// Writes the report of a finished interview from what is stored: the plan, the transcript and each
// answer's delivery metrics. Offline, every answer is scored deterministically; with a model, the
// model writes the feedback and every quote is checked. Called when an interview completes, and on request.
import type { PlannedQuestion } from "../ai/offline";
import type { AiProvider } from "../ai/provider";
import { parseTurn } from "../live/turns";
import type { QuestionFeedback, Report } from "../protocol/report";
import type { LiveStorage } from "../storage/live-storage";
import type { ReportStorage } from "../storage/report-storage";
import { answersByQuestion } from "./answers-by-question";
import { assembleReport } from "./assemble-report";
import { modelQuestionFeedback } from "./model-feedback";
import { scoreAnswer } from "./offline/score-answer";

export async function writeReport(
  storage: { live: LiveStorage; reports: ReportStorage },
  provider: AiProvider,
  interviewId: string,
  now: () => number,
): Promise<Report> {
  const plan = JSON.parse(storage.live.readPlan(interviewId) ?? "[]") as PlannedQuestion[];
  const transcript = storage.live.listMessages(interviewId).map((m) => ({ ...m, turn: parseTurn(m) }));
  const questions: QuestionFeedback[] = [];
  // One question at a time: a report is not urgent, and a model provider's rate limits are shared.
  for (const { question, answer, metrics } of answersByQuestion(plan, transcript)) {
    questions.push(
      provider.assessAnswer ? await modelQuestionFeedback(provider, question, answer, metrics) : scoreAnswer(question, answer, metrics),
    );
  }
  const report = assembleReport(interviewId, provider.assessAnswer ? provider.info.name : "offline", questions, now());
  storage.reports.saveReport(report);
  return report;
}

// Writes the report of a finished interview from what is stored: the plan, the transcript and each
// answer's delivery metrics. Called when an interview completes, and again on request.
import type { PlannedQuestion } from "../ai/offline";
import { parseTurn } from "../live/turns";
import type { Report } from "../protocol/report";
import type { LiveStorage } from "../storage/live-storage";
import type { ReportStorage } from "../storage/report-storage";
import { answersByQuestion } from "./answers-by-question";
import { offlineReport } from "./offline-report";

export function writeReport(live: LiveStorage, reports: ReportStorage, interviewId: string, now: number): Report {
  const plan = JSON.parse(live.readPlan(interviewId) ?? "[]") as PlannedQuestion[];
  const transcript = live.listMessages(interviewId).map((m) => ({ ...m, turn: parseTurn(m) }));
  const report = offlineReport(interviewId, answersByQuestion(plan, transcript), now);
  reports.saveReport(report);
  return report;
}

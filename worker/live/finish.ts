// Ends an interview: records the final status for every open tab and, when there were answers,
// writes the feedback report so it is ready when the candidate opens it.
import { writeReport } from "../feedback/report-writer";
import type { EngineContext } from "./context";
import { describeFailure } from "./context";

export function finishInterview(context: EngineContext, interviewId: string, status: "completed" | "cancelled"): void {
  const { live, reports, emit, now } = context;
  live.setStatus(interviewId, status, now());
  emit(interviewId, { type: "status", status });
  if (status !== "completed") return;
  try {
    writeReport(live, reports, interviewId, now());
  } catch (error) {
    // The interview is over either way; the report can be written again from the report page.
    console.error("report failed", interviewId, describeFailure(error));
  }
}

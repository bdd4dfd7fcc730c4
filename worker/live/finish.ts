// Ends an interview: records the final status for every open tab and, when there were answers,
// writes the feedback report so it is ready when the candidate opens it.
import { writeReport } from "../feedback/report-writer";
import type { EngineContext } from "./context";
import { describeFailure } from "./context";

export function finishInterview(context: EngineContext, interviewId: string, status: "completed" | "cancelled"): void {
  const { live, reports, users, emit, now, provider, background } = context;
  live.setStatus(interviewId, status, now());
  emit(interviewId, { type: "status", status });
  if (status !== "completed") return;
  // The interview is over either way; if the report fails, the report page writes it again on request.
  background(
    `report ${interviewId}`,
    writeReport({ live, reports }, provider(), interviewId, now, users.readJobPosting(interviewId).requirements).catch((error: unknown) =>
      console.error("report failed", interviewId, describeFailure(error)),
    ),
  );
}

// Worker-test helpers for feedback: a finished interview answered by typing, and its report once written.
import type { InterviewSummary } from "../protocol/rest";
import { api, type TestUser } from "./api-client";
import { LiveClient, isEvent } from "./live-client";

/** Creates an interview on SQL (`body` adds to or replaces its fields), types `answers` one per interviewer turn, then ends it. */
export async function finishedInterview(user: TestUser, answers: string[], body: Record<string, unknown> = {}): Promise<InterviewSummary> {
  const created = await api("/interviews", {
    method: "POST",
    cookie: user.cookie,
    json: { title: "Backend Developer", skills: ["SQL"], questionCount: answers.length, ...body },
  });
  const interview = (await created.json()) as InterviewSummary;
  const client = await LiveClient.open(interview.interviewId, user.cookie);
  client.hello();
  const replies = () => client.events().filter((e) => e.type === "message_status" && e.status === "complete").length;
  for (const [i, text] of answers.entries()) {
    await client.waitFor(() => replies() >= i + 1);
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text });
  }
  // Whatever the interviewer does next (follow-up or close), end it here: the report is what is tested.
  await client.waitFor(() => replies() >= answers.length + 1);
  client.send({ type: "end_interview" });
  await client.waitFor(isEvent("status", (e) => e.status === "completed"), 10_000);
  client.close();
  return interview;
}

/** The report is written in the background as the interview completes: give it a moment. */
export async function reportOf(user: TestUser, interview: InterviewSummary): Promise<Response> {
  for (let i = 0; ; i++) {
    const response = await api(`/interviews/${interview.interviewId}/report`, { cookie: user.cookie });
    if (response.status !== 404 || i === 20) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

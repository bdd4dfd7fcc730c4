// The candidate went on speaking after their answer was judged over: the line that followed is withdrawn, the
// answer records again and takes the rest, and the line's turn is taken again after it. Real workerd, DO SQLite.
import { describe, expect, it } from "vitest";
import type { InterviewDetail } from "../protocol/rest";
import type { LiveMessage } from "../protocol/socket";
import { api, registerUser } from "../test/api-client";
import { answerStarted, eventFrom, isError, joined, newInterview, type LiveClient } from "../test/live-client";

const FIRST = "In my last project we had a slow reporting query on the orders table, and";
const REST = "I added a composite index, so the report went from nine seconds to three hundred milliseconds.";

/** Speaks `text` as one segment of a new answer and ends it; resolves with the interviewer line that follows, once complete. */
async function answer(client: LiveClient, answerId: string, text: string): Promise<string> {
  const mark = client.received.length;
  client.send({ type: "answer_start", answerId, mimeType: "audio/wav" });
  client.sendSegment({ answerId, index: 0, durationMs: 5_000, voicedMs: 4_000 }, text);
  client.send({ type: "answer_end", answerId, segmentCount: 1 });
  const line = (await eventFrom(client, mark, "message_added", (e) => (e.message as LiveMessage).role === "assistant")).message as LiveMessage;
  await eventFrom(client, mark, "message_status", (e) => e.messageId === line.messageId && e.status === "complete");
  return line.messageId;
}

describe("answer_resume", () => {
  it("withdraws the line after the answer, takes the rest of the answer, and asks that turn again after it", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    const line = await answer(client, answerId, FIRST);

    const mark = client.received.length;
    client.send({ type: "answer_resume", answerId });
    await eventFrom(client, mark, "message_removed", (e) => e.messageId === line && e.reason === "withdrawn");
    await eventFrom(client, mark, "message_status", (e) => e.messageId === answerId && e.status === "recording");
    client.sendSegment({ answerId, index: 1, durationMs: 6_000, voicedMs: 5_500 }, REST);
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    const done = await eventFrom(client, mark, "message_status", (e) => e.messageId === answerId && e.status === "complete");
    expect(done.content).toBe(`${FIRST} ${REST}`);
    // Measured again over the whole answer: both segments' words and time.
    expect(done.metrics).toMatchObject({ words: `${FIRST} ${REST}`.split(" ").length, speakingMs: 11_000 });

    // A new line follows the whole answer; the withdrawn one is gone, its sentences too.
    const next = (await eventFrom(client, mark, "message_added", (e) => (e.message as LiveMessage).role === "assistant")).message as LiveMessage;
    expect(next.messageId).not.toBe(line);
    await eventFrom(client, mark, "message_status", (e) => e.messageId === next.messageId && e.status === "complete");
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.map((m) => m.role)).toEqual(["assistant", "user", "assistant"]);
    expect(detail.messages.map((m) => m.messageId)).not.toContain(line);
    expect(detail.messages[1]!.content).toBe(`${FIRST} ${REST}`);
    const speech = await api(`/interviews/${interview.interviewId}/messages/${line}/speech/0`, { cookie: user.cookie });
    expect(speech.status).toBe(404);
    client.close();
  });

  it("resumed at once, while the answer is transcribed or its line still written, leaves one line after the whole answer", async () => {
    const { user, interview, client, answerId, mark } = await answerStarted(FIRST, { durationMs: 5_000, voicedMs: 4_000 });
    client.send({ type: "answer_end", answerId, segmentCount: 1 });
    client.send({ type: "answer_resume", answerId });
    client.sendSegment({ answerId, index: 1, durationMs: 6_000, voicedMs: 5_500 }, REST);
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    const done = await eventFrom(client, mark, "message_status", (e) => e.messageId === answerId && e.status === "complete" && e.content === `${FIRST} ${REST}`);
    expect(done.content).toBe(`${FIRST} ${REST}`);
    // The opening and the line after the whole answer; a line withdrawn on the way never completes.
    await client.waitFor(() => client.events().filter((e) => e.type === "message_status" && e.status === "complete" && e.messageId !== answerId).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.map((m) => m.role)).toEqual(["assistant", "user", "assistant"]);
    expect(detail.messages[1]!.content).toBe(`${FIRST} ${REST}`);
    client.close();
  });

  it("only the interview's latest ended spoken answer can be resumed", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    client.send({ type: "answer_resume", answerId: crypto.randomUUID() });
    await client.waitFor(isError("wrong_answer"));
    const first = crypto.randomUUID();
    const line = await answer(client, first, FIRST);
    const second = crypto.randomUUID();
    await answer(client, second, REST);
    const errors = () => client.received.filter((m) => m.type === "error").length;
    const before = errors();
    client.send({ type: "answer_resume", answerId: first });
    await client.waitFor(() => errors() > before);
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.map((m) => m.messageId)).toContain(line);
    client.close();
  });
});

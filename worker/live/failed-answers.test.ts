// A failed answer is never a dead end: it can be discarded and answered again, by voice or typing,
// in the room and in an attempt from the report; nothing else can be discarded.
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SEGMENT_BYTES_MAX } from "../protocol/audio";
import type { InterviewDetail, InterviewSummary } from "../protocol/rest";
import type { ServerMessage } from "../protocol/socket";
import { api, registerUser, type TestUser } from "../test/api-client";
import { finishedInterview } from "../test/finished-interview";
import { LiveClient, completedReplies, isError, isEvent, joined, newInterview } from "../test/live-client";
import type { UserObject } from "../user-object";

const ANSWER =
  "In my last project I added a composite index to the orders table and rewrote a subquery as a join, " +
  "and the report went from nine seconds to three hundred milliseconds.";
// The fake speech-to-text server answers 500 to audio that starts with FAIL, every time.
const UNREADABLE = "FAIL: audio no speech-to-text can read";

const segmentsOf = (user: TestUser, messageId: string) =>
  runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) =>
    state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM audio_segments WHERE message_id = ?", messageId).one().n,
  );

const errorMessage = (client: LiveClient, code: string) =>
  (client.received.filter((m): m is Extract<ServerMessage, { type: "error" }> => m.type === "error" && m.code === code).at(-1))?.message;

/** Speaks an answer whose audio fails speech-to-text every time, and waits until it is marked failed. */
async function failedVoiceAnswer(client: LiveClient, attemptOf?: string): Promise<string> {
  const answerId = crypto.randomUUID();
  client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus", ...(attemptOf && { attemptOf }) });
  client.sendSegment({ answerId, index: 0, durationMs: 4000 }, UNREADABLE);
  client.sendSegment({ answerId, index: 1, durationMs: 3000 }, UNREADABLE);
  client.send({ type: "answer_end", answerId, segmentCount: 2 });
  await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "failed"));
  return answerId;
}

async function detailOf(user: TestUser, interview: InterviewSummary): Promise<InterviewDetail> {
  return (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
}

describe("failed answers in the room", () => {
  it("a voice answer that cannot be transcribed is discarded with its audio, then answered again by typing", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const failed = await failedVoiceAnswer(client);

    // While it stands, a new answer is refused with the way on.
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: ANSWER });
    await client.waitFor(isError("not_ready"));
    expect(errorMessage(client, "not_ready")).toMatch(/discard it and answer again/);

    client.send({ type: "answer_cancel", answerId: failed });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === failed));
    expect(await segmentsOf(user, failed)).toBe(0);

    const typed = crypto.randomUUID();
    client.send({ type: "text_answer", answerId: typed, text: ANSWER });
    // The opening question, then the interviewer's reply to the typed answer.
    await client.waitFor(() => completedReplies(client) >= 2);
    const detail = await detailOf(user, interview);
    expect(detail.messages.map((m) => [m.role, m.messageId === typed])).toEqual([
      ["assistant", false],
      ["user", true],
      ["assistant", false],
    ]);
    client.close();
  });

  it("after discarding, the candidate can answer out loud again", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const failed = await failedVoiceAnswer(client);
    client.send({ type: "answer_cancel", answerId: failed });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === failed));

    const spoken = crypto.randomUUID();
    client.send({ type: "answer_start", answerId: spoken, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId: spoken, index: 0, durationMs: 6000 }, ANSWER);
    client.send({ type: "answer_end", answerId: spoken, segmentCount: 1 });
    await client.waitFor(isEvent("message_status", (e) => e.messageId === spoken && e.status === "complete"));
    await client.waitFor(() => completedReplies(client) >= 3);
    client.close();
  });

  it("an answer none of whose segments arrived fails instead of waiting for them forever", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 1000 }, new Uint8Array(SEGMENT_BYTES_MAX + 1));
    await client.waitFor(isError("too_large"));
    client.send({ type: "answer_end", answerId, segmentCount: 1 });
    const failed = await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "failed"));
    expect(failed.type === "event" && failed.event.type === "message_status" && failed.event.error).toMatch(/Discard it and answer again/);
    client.send({ type: "answer_cancel", answerId });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === answerId));
    client.close();
  });

  it("an answer whose later segments were refused completes with the ones that arrived", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 6000 }, ANSWER);
    client.sendSegment({ answerId, index: 1, durationMs: 1000 }, new Uint8Array(SEGMENT_BYTES_MAX + 1));
    await client.waitFor(isError("too_large"));
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    const done = await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "complete"));
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe(ANSWER);
    client.close();
  });

  it("only an answer being recorded or one that failed can be discarded, and only by its interview", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const other = await newInterview(user);
    const client = await joined(user, interview);
    const opening = (await detailOf(user, interview)).messages[0]!.messageId;

    // Not the interviewer's question.
    client.send({ type: "answer_cancel", answerId: opening });
    await client.waitFor(() => client.received.filter(isError("wrong_answer")).length >= 1);

    // Not a complete answer: the interview has moved on from it.
    const typed = crypto.randomUUID();
    client.send({ type: "text_answer", answerId: typed, text: ANSWER });
    await client.waitFor(() => completedReplies(client) >= 2);
    client.send({ type: "answer_cancel", answerId: typed });
    await client.waitFor(() => client.received.filter(isError("wrong_answer")).length >= 2);
    expect(errorMessage(client, "wrong_answer")).toMatch(/Only an answer still being recorded, or one that failed/);

    // Not from another interview's socket.
    const failed = await failedVoiceAnswer(client);
    const elsewhere = await joined(user, other);
    elsewhere.send({ type: "answer_cancel", answerId: failed });
    await elsewhere.waitFor(isError("wrong_answer"));

    // Not once the interview is over: its report was written from what is there.
    client.send({ type: "end_interview" });
    await client.waitFor(isEvent("status", (e) => e.status === "completed"));
    client.send({ type: "answer_cancel", answerId: failed });
    await client.waitFor(isError("interview_over"));

    const detail = await detailOf(user, interview);
    expect(detail.messages.map((m) => m.messageId)).toEqual(expect.arrayContaining([opening, typed, failed]));
    client.close();
    elsewhere.close();
  });
});

describe("failed attempts from the report", () => {
  it("a spoken attempt that cannot be transcribed is discarded, and the question is tried again by typing", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [ANSWER]);
    const questionId = await runInDurableObject(env.USERS.getByName(user.username), (o: UserObject) => o.live.readPlan(interview.interviewId)![0]!.id);
    const client = await LiveClient.open(interview.interviewId, user.cookie);
    client.hello();
    await client.waitFor((m) => m.type === "welcome");

    const failed = await failedVoiceAnswer(client, questionId);
    client.send({ type: "answer_cancel", answerId: failed });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === failed));
    expect(await segmentsOf(user, failed)).toBe(0);

    const typed = crypto.randomUUID();
    client.send({ type: "text_answer", answerId: typed, text: ANSWER, attemptOf: questionId });
    await client.waitFor(isEvent("message_feedback", (e) => e.messageId === typed));
    const again = await LiveClient.open(interview.interviewId, user.cookie);
    again.hello();
    const welcome = (await again.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.snapshot?.attempts.map((a) => a.messageId)).toEqual([typed]);
    client.close();
    again.close();
  });
});

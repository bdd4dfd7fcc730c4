import { abortAllDurableObjects, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PlannedQuestion } from "../ai/offline";
import { ATTEMPTS_PER_QUESTION_MAX } from "../protocol/audio";
import { isQuoteFrom, type QuestionFeedback, type Report } from "../protocol/report";
import type { InterviewDetail, InterviewSummary } from "../protocol/rest";
import type { LiveMessage, ServerMessage } from "../protocol/socket";
import { api, registerUser, type TestUser } from "../test/api-client";
import { finishedInterview, reportOf } from "../test/finished-interview";
import { LiveClient, isError, isEvent } from "../test/live-client";
import type { UserObject } from "../user-object";

const WEAK = "Yes, I have done that.";

async function firstQuestion(user: TestUser, interview: InterviewSummary): Promise<PlannedQuestion> {
  return runInDurableObject(env.USERS.getByName(user.username), (object: UserObject) => object.live.readPlan(interview.interviewId)![0]!);
}

/** An answer that covers the question's talking points inside a complete story, so the scorer has something to score. */
const strongAnswerTo = (question: PlannedQuestion) =>
  `In my last role at a payments company we had exactly this problem, and I was responsible for fixing it. ` +
  `First I looked at ${question.talkingPoints.join(", then ")}. For example, I wrote it down step by step and ` +
  `explained the trade-offs to the team. As a result the error rate dropped by forty percent in two weeks, ` +
  `and I learned to measure before and after every change.`;

async function connected(user: TestUser, interview: InterviewSummary): Promise<LiveClient> {
  const client = await LiveClient.open(interview.interviewId, user.cookie);
  client.hello();
  await client.waitFor((m) => m.type === "welcome");
  return client;
}

const feedbackFor = async (client: LiveClient, messageId: string): Promise<QuestionFeedback> => {
  const frame = await client.waitFor(isEvent("message_feedback", (e) => e.messageId === messageId));
  return (frame as { event: { feedback: QuestionFeedback } }).event.feedback;
};

describe("attempts at a question from the report", () => {
  it("a typed attempt is scored on its own and leaves the interview, its transcript and its report as they were", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [WEAK]);
    const before = (await (await reportOf(user, interview)).json()) as Report;
    const question = await firstQuestion(user, interview);
    expect(before.questions[0]!.questionId).toBe(question.id);

    const client = await connected(user, interview);
    const answerId = crypto.randomUUID();
    const text = strongAnswerTo(question);
    client.send({ type: "text_answer", answerId, text, attemptOf: question.id });
    const feedback = await feedbackFor(client, answerId);
    expect(feedback).toMatchObject({ questionId: question.id, answer: text, verdict: "scored", metrics: { kind: "text" } });
    for (const evidence of [...feedback.strengths, ...feedback.improvements]) expect(isQuoteFrom(evidence.quote, text)).toBe(true);
    // The weak first answer could not be scored; the attempt can, so the comparison has something to show.
    expect(before.questions[0]!.verdict).toBe("not_enough");

    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.status).toBe("completed");
    expect(detail.messages.some((m) => m.messageId === answerId)).toBe(false);
    const rewritten = (await (await api(`/interviews/${interview.interviewId}/report`, { method: "POST", cookie: user.cookie })).json()) as Report;
    expect(rewritten.questions.map((q) => q.answer)).toEqual(before.questions.map((q) => q.answer));
    // No interviewer turn follows an attempt.
    expect(client.events().some((e) => e.type === "message_added" && e.message.role === "assistant")).toBe(false);

    // A new tab gets the attempt, with its feedback, in the snapshot.
    const again = await connected(user, interview);
    const welcome = again.received.find((m) => m.type === "welcome") as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.snapshot?.messages.some((m) => m.messageId === answerId)).toBe(false);
    expect(welcome.snapshot?.attempts).toMatchObject([{ messageId: answerId, attemptOf: question.id, status: "complete", feedback: { verdict: "scored" } }]);
    client.close();
    again.close();
  });

  it("a spoken attempt is transcribed as it arrives, measured, scored, and can be played back", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [WEAK]);
    const question = await firstQuestion(user, interview);
    const client = await connected(user, interview);
    const answerId = crypto.randomUUID();
    const spoken = strongAnswerTo(question);
    const half = spoken.indexOf(" ", spoken.length / 2);
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus", attemptOf: question.id });
    client.sendSegment({ answerId, index: 0, durationMs: 9000 }, spoken.slice(0, half));
    await client.waitFor(isEvent("transcript", (e) => e.messageId === answerId && e.segmentsTranscribed === 1));
    client.sendSegment({ answerId, index: 1, durationMs: 9000 }, spoken.slice(half));
    client.send({ type: "answer_end", answerId, segmentCount: 2, longPausesMs: [2500] });
    const feedback = await feedbackFor(client, answerId);
    expect(feedback.metrics).toMatchObject({ kind: "voice", speakingMs: 18_000, longPauses: { count: 1, totalMs: 2500 } });
    expect(feedback.metrics!.wordsPerMinute).toBeGreaterThan(0);
    const added = client.events().find((e) => e.type === "message_added" && e.message.messageId === answerId) as { message: LiveMessage };
    expect(added.message.attemptOf).toBe(question.id);

    const audio = await api(`/interviews/${interview.interviewId}/answers/${answerId}/audio/1`, { cookie: user.cookie });
    expect(audio.status).toBe(200);
    expect(new TextDecoder().decode(await audio.arrayBuffer())).toBe(spoken.slice(half));
    client.close();
  });

  it("is refused while the interview runs, for a question never asked, while another attempt is open, and past the limit", async () => {
    const user = await registerUser();
    const running = (await (
      await api("/interviews", { method: "POST", cookie: user.cookie, json: { title: "Backend Developer", skills: ["SQL"], questionCount: 2 } })
    ).json()) as InterviewSummary;
    const live = await connected(user, running);
    await live.waitFor(isEvent("message_status", (e) => e.status === "complete"));
    const runningQuestion = await firstQuestion(user, running);
    live.send({ type: "text_answer", answerId: crypto.randomUUID(), text: WEAK, attemptOf: runningQuestion.id });
    await live.waitFor(isError("not_ready"));
    live.close();

    const interview = await finishedInterview(user, [WEAK]);
    const question = await firstQuestion(user, interview);
    const client = await connected(user, interview);
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: WEAK, attemptOf: "never-asked" });
    await client.waitFor(isError("not_found"));
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: WEAK, attemptOf: "x".repeat(101) });
    await client.waitFor(isError("invalid_frame"));

    // A spoken attempt left open (say, the tab closed mid-answer) blocks a second one until it is finished or discarded.
    const open = crypto.randomUUID();
    client.send({ type: "answer_start", answerId: open, mimeType: "audio/webm;codecs=opus", attemptOf: question.id });
    await client.waitFor(isEvent("message_added", (e) => (e.message as LiveMessage).messageId === open));
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: WEAK, attemptOf: question.id });
    await client.waitFor(isError("busy"));
    client.send({ type: "answer_cancel", answerId: open });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === open));

    for (let i = 0; i < ATTEMPTS_PER_QUESTION_MAX; i++) {
      const answerId = crypto.randomUUID();
      client.send({ type: "text_answer", answerId, text: `${WEAK} (${i})`, attemptOf: question.id });
      await feedbackFor(client, answerId);
    }
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: WEAK, attemptOf: question.id });
    await client.waitFor(isError("limit_reached"));
    client.close();
  });

  it("an attempt whose scoring was cut off by a restart is scored when the object comes back", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [WEAK]);
    const question = await firstQuestion(user, interview);
    const answerId = crypto.randomUUID();
    const text = strongAnswerTo(question);
    // As if the object died between storing the complete attempt and storing its feedback.
    await runInDurableObject(env.USERS.getByName(user.username), (object: UserObject) =>
      object.live.insertMessage({
        messageId: answerId,
        interviewId: interview.interviewId,
        role: "user",
        content: text,
        timestamp: Date.now(),
        status: "complete",
        kind: "text",
        error: null,
        turn: null,
        mimeType: null,
        segmentCount: null,
        metrics: null,
        longPausesMs: null,
        speech: null,
        attemptOf: question.id,
        feedback: null,
      }),
    );
    await abortAllDurableObjects();
    // Scoring restarts as the object wakes, so the feedback comes either in the snapshot or just after it.
    const client = await connected(user, interview);
    const scored = (m: ServerMessage) =>
      (m.type === "welcome" && m.snapshot?.attempts.some((a) => a.messageId === answerId && a.feedback !== null)) ||
      (m.type === "event" && m.event.type === "message_feedback" && m.event.messageId === answerId);
    const frame = await client.waitFor(scored);
    const feedback = frame.type === "welcome" ? frame.snapshot!.attempts[0]!.feedback! : (frame as { event: { feedback: QuestionFeedback } }).event.feedback;
    expect(feedback.answer).toBe(text);
    client.close();
  });

  it("deleting the interview deletes its attempts and their audio", async () => {
    const user = await registerUser();
    const interview = await finishedInterview(user, [WEAK]);
    const question = await firstQuestion(user, interview);
    const client = await connected(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus", attemptOf: question.id });
    client.sendSegment({ answerId, index: 0, durationMs: 4000 }, "I would add an index.");
    client.send({ type: "answer_end", answerId, segmentCount: 1 });
    await feedbackFor(client, answerId);
    client.close();
    expect((await api(`/interviews/${interview.interviewId}`, { method: "DELETE", cookie: user.cookie })).status).toBe(204);
    const left = await runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) => ({
      messages: state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM messages WHERE id = ?", answerId).one().n,
      audio: state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM audio_segments WHERE message_id = ?", answerId).one().n,
    }));
    expect(left).toEqual({ messages: 0, audio: 0 });
  });
});

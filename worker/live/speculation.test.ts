// The interviewer's next line composed ahead, while an answer whose words read as finished is still being recorded:
// nothing of it is stored or sent before the answer ends, it is committed (its text and its first sentence's audio
// as they were made) when the answer ends with those words, and thrown away when the words change or the answer
// goes on. Real workerd, DO SQLite; the engine's state is read inside the Durable Object.
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { encodeWav } from "../../app/audio/wav.ts";
import type { SpeechAudio } from "../ai/provider";
import type { InterviewDetail, InterviewSummary } from "../protocol/rest";
import type { LiveMessage } from "../protocol/socket";
import { api, type TestUser } from "../test/api-client";
import { answerStarted, eventFrom, isEvent, type LiveClient } from "../test/live-client";
import type { UserObject } from "../user-object";
import type { PreparedSentence, SpeculativeReply } from "./speculation";

/** A complete thought (worker/live/end-of-turn/words.ts reads it as finished), and words that go on from it. */
const FINISHED = "I added a composite index, so the report went from nine seconds to three hundred milliseconds.";
const MORE = "After that we also cached the totals for each region, and that was it.";

/** The engine's line composed ahead for the interview, read inside its Durable Object. */
async function composedAhead(user: TestUser, interviewId: string): Promise<SpeculativeReply | undefined> {
  return runInDurableObject(env.USERS.getByName(user.username), (object: UserObject) => {
    const engine = (object as unknown as { engine: { interviewer: { ahead: Map<string, SpeculativeReply> } } }).engine;
    return engine.interviewer.ahead.get(interviewId);
  });
}

/** Waits until the engine has composed a line ahead from `content` and spoken its first sentence. */
async function aheadFrom(user: TestUser, interviewId: string, content: string): Promise<SpeculativeReply> {
  for (let tries = 0; tries < 100; tries++) {
    const ahead = await composedAhead(user, interviewId);
    if (ahead?.content === content && ahead.first && (await ahead.first.audio)) return ahead;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing composed ahead from "${content}"`);
}

/** Replaces the first sentence's audio made ahead with `audio`, inside the Durable Object, so the test sees it used. */
async function markFirstSentence(user: TestUser, interviewId: string, audio: SpeechAudio): Promise<string> {
  return runInDurableObject(env.USERS.getByName(user.username), (object: UserObject) => {
    const engine = (object as unknown as { engine: { interviewer: { ahead: Map<string, SpeculativeReply> } } }).engine;
    const ahead = engine.interviewer.ahead.get(interviewId)!;
    const first = ahead.first as PreparedSentence;
    ahead.first = { ...first, audio: Promise.resolve(audio) };
    return first.text;
  });
}

const assistantAdded = (mark: number, client: LiveClient) =>
  client.received.slice(mark).some((m) => isEvent("message_added", (e) => (e.message as LiveMessage).role === "assistant")(m));

async function detail(user: TestUser, interview: InterviewSummary): Promise<InterviewDetail> {
  return (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
}

/** A fresh interview, its opening said, and an answer recording whose first segment's words read as finished, composed ahead from. */
async function finishedSoFar() {
  const { user, interview, client, answerId, mark } = await answerStarted(FINISHED, { durationMs: 6_000, voicedMs: 5_000 });
  const ahead = await aheadFrom(user, interview.interviewId, FINISHED);
  return { user, interview, client, answerId, mark, ahead };
}

/** The interviewer line that follows from the `mark`-th frame on, once complete and its first sentence spoken; and that sentence's audio. */
async function nextLine(client: LiveClient, mark: number, user: TestUser, interview: InterviewSummary) {
  const line = (await eventFrom(client, mark, "message_added", (e) => (e.message as LiveMessage).role === "assistant")).message as LiveMessage;
  const done = await eventFrom(client, mark, "message_status", (e) => e.messageId === line.messageId && e.status === "complete");
  await eventFrom(client, mark, "speech", (e) => (e.sentence as { messageId: string; index: number }).messageId === line.messageId);
  const audio = await api(`/interviews/${interview.interviewId}/messages/${line.messageId}/speech/0`, { cookie: user.cookie });
  return { content: String(done.content), audio: new Uint8Array(await audio.arrayBuffer()) };
}

describe("a line composed ahead", () => {
  it("is composed while the answer records, stored and sent only when it ends, with the first sentence's audio made ahead", async () => {
    const { user, interview, client, answerId, mark, ahead } = await finishedSoFar();
    expect(ahead.answerId).toBe(answerId);
    // Composed and spoken, yet nothing of it is stored or sent: the room still has the opening and the answer.
    expect(assistantAdded(mark, client)).toBe(false);
    expect((await detail(user, interview)).messages.map((m) => m.role)).toEqual(["assistant", "user"]);

    const marked = { bytes: encodeWav(new Float32Array(1234), 16_000), mimeType: "audio/wav" };
    const firstText = await markFirstSentence(user, interview.interviewId, marked);
    client.sendSegment({ answerId, index: 1, durationMs: 900, voicedMs: 0 }, "(silence)");
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    const line = await nextLine(client, mark, user, interview);
    expect(line.content.startsWith(firstText)).toBe(true);
    // The first sentence said is the audio made ahead, not spoken again.
    expect(line.audio).toEqual(marked.bytes);
    expect(await composedAhead(user, interview.interviewId)).toBeUndefined();
    client.close();
  });

  it("is thrown away when the answer's words go on, and the line follows the whole answer", async () => {
    const { user, interview, client, answerId, mark } = await finishedSoFar();
    const marked = { bytes: encodeWav(new Float32Array(4321), 16_000), mimeType: "audio/wav" };
    await markFirstSentence(user, interview.interviewId, marked);
    // The candidate went on: the new words replace what was composed from the old ones.
    client.sendSegment({ answerId, index: 1, durationMs: 5_000, voicedMs: 4_000 }, MORE);
    await eventFrom(client, mark, "transcript", (e) => e.messageId === answerId && e.text === `${FINISHED} ${MORE}`);
    expect((await composedAhead(user, interview.interviewId))?.content).not.toBe(FINISHED);
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    const line = await nextLine(client, mark, user, interview);
    expect(line.audio).not.toEqual(marked.bytes);
    expect((await detail(user, interview)).messages[1]!.content).toBe(`${FINISHED} ${MORE}`);
    client.close();
  });

  it("is thrown away when the answer, ended but still being transcribed, is resumed", async () => {
    const { user, interview, client, answerId, mark } = await finishedSoFar();
    // The last segment takes a while to transcribe, and the candidate goes on before it is done.
    client.sendSegment({ answerId, index: 1, durationMs: 2_000, voicedMs: 1_500 }, "SLOW and then");
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    client.send({ type: "answer_resume", answerId });
    await eventFrom(client, mark, "message_status", (e) => e.messageId === answerId && e.status === "recording");
    expect(await composedAhead(user, interview.interviewId)).toBeUndefined();
    expect(assistantAdded(mark, client)).toBe(false);
    client.close();
  });

  it("is thrown away when the answer is discarded", async () => {
    const { user, interview, client, answerId, mark } = await finishedSoFar();
    client.send({ type: "answer_cancel", answerId });
    await eventFrom(client, mark, "message_removed", (e) => e.messageId === answerId && e.reason === "discarded");
    expect(await composedAhead(user, interview.interviewId)).toBeUndefined();
    expect(assistantAdded(mark, client)).toBe(false);
    client.close();
  });
});

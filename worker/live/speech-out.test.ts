// The interviewer's voice in the real Worker and Durable Object (SQLite): every sentence spoken once and stored,
// served over REST to its owner only, replayed (never spoken again) to a second socket or a reconnect, a chosen
// voice, and captions with a plain notice when speaking fails. Speech comes from the fake speech server.
import { abortAllDurableObjects, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ServerMessage, SpokenSentence } from "../protocol/socket";
import { api, registerUser, type TestUser } from "../test/api-client";
import { LiveClient, completedReplies, isError, isEvent } from "../test/live-client";
import type { InterviewSummary } from "../protocol/rest";
import { SentenceSplitter } from "../protocol/sentences";
import type { UserObject } from "../user-object";

type Welcome = Extract<ServerMessage, { type: "welcome" }>;
interface SpeechRequest {
  model: string;
  input: string;
  voice: string;
  response_format: string;
}

const LONG_ANSWER =
  "In my last project we had a slow reporting query on a large orders table. For example, I added a composite index " +
  "and rewrote the subquery as a join. The result was that the report went from nine seconds to three hundred milliseconds.";

/** An interview whose role no other test uses, so the sentences naming it are this test's alone. */
async function interviewFor(user: TestUser): Promise<{ interview: InterviewSummary; role: string }> {
  const role = `Speech Engineer ${crypto.randomUUID().slice(0, 8)}`;
  const response = await api("/interviews", { method: "POST", cookie: user.cookie, json: { title: role, skills: ["SQL"], questionCount: 2 } });
  return { interview: (await response.json()) as InterviewSummary, role };
}

const speechLog = async (): Promise<SpeechRequest[]> => (await fetch(`${env.LOCAL_SPEECH_URL}/v1/audio/speech/log`)).json();

const sentencesOf = (client: LiveClient, messageId: string): SpokenSentence[] =>
  client.events().flatMap((e) => (e.type === "speech" && e.sentence.messageId === messageId ? [e.sentence] : []));

const splitAll = (text: string) => {
  const splitter = new SentenceSplitter();
  return [...splitter.push(text), ...splitter.finish()];
};

/** Says hello and waits until every sentence of the opening question has been spoken (or failed). */
async function openingSpoken(user: TestUser, interview: InterviewSummary): Promise<{ client: LiveClient; messageId: string; content: string }> {
  const client = await LiveClient.open(interview.interviewId, user.cookie);
  client.hello();
  const done = await client.waitFor(isEvent("message_status", (e) => e.status === "complete"));
  if (done.type !== "event" || done.event.type !== "message_status") throw new Error("unreachable");
  const { messageId, content = "" } = done.event;
  const expected = splitAll(content).length;
  await client.waitFor(() => sentencesOf(client, messageId).length === expected);
  return { client, messageId, content };
}

describe("the interviewer's voice", () => {
  it("speaks each sentence of the opening once, stores it, and serves it to its owner only", async () => {
    const user = await registerUser();
    const { interview, role } = await interviewFor(user);
    const { client, messageId, content } = await openingSpoken(user, interview);
    const welcome = client.received.find((m): m is Welcome => m.type === "welcome")!;
    expect(welcome.provider.speech).toEqual({ label: "Flite on this computer", voices: ["slt", "rms", "awb", "kal16"], defaultVoice: "slt" });

    const sentences = sentencesOf(client, messageId);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    // In order, numbered from 0, together the whole message, each with audio.
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences.map((s) => s.text).join(" ")).toBe(content.trim());
    expect(sentences.every((s) => s.status === "ready" && s.error === null)).toBe(true);

    const requests = (await speechLog()).filter((r) => r.input.includes(role));
    const naming = sentences.filter((s) => s.text.includes(role));
    expect(naming.length).toBeGreaterThanOrEqual(1);
    expect(requests).toEqual(naming.map((s) => ({ model: "flite", input: s.text, voice: "slt", response_format: "wav" })));

    const path = `/interviews/${interview.interviewId}/messages/${messageId}/speech/1`;
    const audio = await api(path, { cookie: user.cookie });
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/wav");
    const bytes = new Uint8Array(await audio.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("RIFF");
    // The fake speaks 60 ms per character: this is the second sentence's audio, not another's.
    expect((bytes.byteLength - 44) / 2).toBe(960 * sentences[1]!.text.length);

    const other = await registerUser("other");
    expect((await api(path, { cookie: other.cookie })).status).toBe(404);
    expect((await api(path, {})).status).toBe(401);
    expect((await api(`/interviews/${interview.interviewId}/messages/${messageId}/speech/${sentences.length}`, { cookie: user.cookie })).status).toBe(404);
    expect((await api(`/interviews/${interview.interviewId}/messages/${messageId}/speech/-1`, { cookie: user.cookie })).status).toBe(404);
    client.close();
  });

  it("a second tab and a reconnect get the same sentences, and nothing is spoken again", async () => {
    const user = await registerUser();
    const { interview, role } = await interviewFor(user);
    const { client, messageId } = await openingSpoken(user, interview);
    const spoken = sentencesOf(client, messageId);

    const second = await LiveClient.open(interview.interviewId, user.cookie);
    second.hello(0);
    const welcome = (await second.waitFor((m) => m.type === "welcome")) as Welcome;
    expect(welcome.snapshot?.speech).toEqual(spoken);
    expect(welcome.snapshot?.voice).toBeNull();

    const back = await LiveClient.open(interview.interviewId, user.cookie);
    back.hello(1);
    await back.waitFor((m) => m.type === "welcome");
    await back.waitFor(() => sentencesOf(back, messageId).length === spoken.length);
    expect(sentencesOf(back, messageId)).toEqual(spoken);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await speechLog()).filter((r) => r.input.includes(role))).toHaveLength(spoken.filter((s) => s.text.includes(role)).length);
    for (const socket of [client, second, back]) socket.close();
  });

  it("speaks in the voice chosen for the interview, in every tab, and refuses a voice it does not have", async () => {
    const user = await registerUser();
    const { interview } = await interviewFor(user);
    const { client } = await openingSpoken(user, interview);
    client.send({ type: "set_voice", voice: "alloy" });
    await client.waitFor(isError("invalid_frame"));
    client.send({ type: "set_voice", voice: "rms" });
    await client.waitFor(isEvent("voice", (e) => e.voice === "rms"));

    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await client.waitFor(() => completedReplies(client) >= 2);
    const reply = client.events().filter((e) => e.type === "message_status" && e.status === "complete").at(-1)!;
    const replyId = reply.type === "message_status" ? reply.messageId : "";
    const content = reply.type === "message_status" ? (reply.content ?? "") : "";
    await client.waitFor(() => sentencesOf(client, replyId).length === splitAll(content).length);
    const log = await speechLog();
    for (const sentence of sentencesOf(client, replyId)) {
      expect(sentence.status).toBe("ready");
      expect(log.some((r) => r.input === sentence.text && r.voice === "rms")).toBe(true);
    }
    const second = await LiveClient.open(interview.interviewId, user.cookie);
    second.hello(0);
    expect(((await second.waitFor((m) => m.type === "welcome")) as Welcome).snapshot?.voice).toBe("rms");
    client.close();
    second.close();
  });

  it("when speaking fails, the words still arrive, each sentence says why, and the service is asked once", async () => {
    const user = await registerUser();
    const { interview } = await interviewFor(user);
    const { client } = await openingSpoken(user, interview);
    // The fake speech server answers 500 for this voice.
    client.send({ type: "set_voice", voice: "kal16" });
    await client.waitFor(isEvent("voice"));
    const before = (await speechLog()).length;
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await client.waitFor(() => completedReplies(client) >= 2);
    const reply = client.events().filter((e) => e.type === "message_status" && e.status === "complete").at(-1)!;
    if (reply.type !== "message_status") throw new Error("unreachable");
    const count = splitAll(reply.content ?? "").length;
    expect(count).toBeGreaterThanOrEqual(2);
    await client.waitFor(() => sentencesOf(client, reply.messageId).length === count);
    const sentences = sentencesOf(client, reply.messageId);
    expect(sentences.map((s) => s.text).join(" ")).toBe(reply.content?.trim());
    for (const sentence of sentences) {
      expect(sentence.status).toBe("failed");
      expect(sentence.error).toMatch(/^The interviewer's voice is unavailable: The text-to-speech service answered 500\. Its words are shown instead\.$/);
    }
    // The first failure stops the rest of the reply from waiting on a failing service (other tests may speak meanwhile).
    const asked = (await speechLog()).slice(before).filter((r) => r.voice === "kal16");
    expect(asked).toHaveLength(1);
    expect((await api(`/interviews/${interview.interviewId}/messages/${reply.messageId}/speech/0`, { cookie: user.cookie })).status).toBe(404);
    client.close();
  });

  it("a restart part-way through a line speaks the rest of it, and only the rest", async () => {
    const user = await registerUser();
    const { interview, role } = await interviewFor(user);
    const { client, messageId } = await openingSpoken(user, interview);
    const spoken = sentencesOf(client, messageId);
    client.close();
    // As if the object had stopped after the first two sentences.
    await runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) =>
      state.storage.sql.exec("DELETE FROM speech_audio WHERE message_id = ? AND idx >= 2", messageId),
    );
    const naming = (await speechLog()).filter((r) => r.input.includes(role)).length;
    await abortAllDurableObjects();

    const back = await LiveClient.open(interview.interviewId, user.cookie);
    back.hello(0);
    const welcome = (await back.waitFor((m) => m.type === "welcome")) as Welcome;
    // The rest may be spoken before the snapshot is taken or after it: together they are the whole line again.
    // (Events the snapshot already holds are the ones numbered up to its seq, as the room treats them.)
    const after = () => back.events().flatMap((e) => (e.type === "speech" && e.seq > welcome.seq && e.sentence.messageId === messageId ? [e.sentence] : []));
    const known = () => [...(welcome.snapshot?.speech ?? []).filter((s) => s.messageId === messageId), ...after()];
    await back.waitFor(() => known().length === spoken.length);
    expect(known().sort((a, b) => a.index - b.index)).toEqual(spoken);
    // Of the sentences naming the role, only those after the first two were spoken again.
    const again = (await speechLog()).filter((r) => r.input.includes(role)).length - naming;
    expect(again).toBe(spoken.slice(2).filter((s) => s.text.includes(role)).length);
    back.close();
  });
});

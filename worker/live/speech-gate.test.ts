// Nothing is made of silence or noise: segments without speech never reach speech-to-text, Whisper's
// no-speech inventions are dropped, and an answer with no words in it is not kept as an answer.
import { describe, expect, it } from "vitest";
import type { InterviewDetail } from "../protocol/rest";
import { api, registerUser } from "../test/api-client";
import type { LiveClient} from "../test/live-client";
import { completedReplies, isEvent, joined, newInterview } from "../test/live-client";

// The fake speech-to-text server hears the audio bytes as text, and answers 500 to bytes that start with FAIL.
const NEVER_SEND = "FAIL: this audio must never reach speech-to-text";

function speak(client: LiveClient, answerId: string, segments: { text: string; durationMs: number; voicedMs?: number; overlapMs?: number }[], speech?: object) {
  client.send({ type: "answer_start", answerId, mimeType: "audio/wav" });
  for (const [index, { text, ...header }] of segments.entries()) client.sendSegment({ answerId, index, ...header }, text);
  client.send({ type: "answer_end", answerId, segmentCount: segments.length, ...(speech && { speech }) });
}

const statusOf = (client: LiveClient, messageId: string, status: string) =>
  client.waitFor(isEvent("message_status", (e) => e.messageId === messageId && e.status === status));

describe("speech gate", () => {
  it("segments the recorder heard no speech in are stored but never transcribed", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    speak(client, answerId, [
      { text: NEVER_SEND, durationMs: 5_000, voicedMs: 0 },
      { text: "I added a composite index to the orders table.", durationMs: 4_000, voicedMs: 3_500 },
      { text: NEVER_SEND, durationMs: 2_000, voicedMs: 0 },
    ]);
    const done = await statusOf(client, answerId, "complete");
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe("I added a composite index to the orders table.");
    client.close();
  });

  it("a silent segment in a long pause counts as transcribed, so the room's end of turn knows its words are all in", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    const covering = (count: number) =>
      client.waitFor(isEvent("transcript", (e) => e.messageId === answerId && Number(e.segmentsTranscribed) >= count));
    client.send({ type: "answer_start", answerId, mimeType: "audio/wav" });
    client.sendSegment({ answerId, index: 0, durationMs: 3_000, voicedMs: 2_500 }, "We moved the cache in front of the database, and");
    await covering(1);
    client.sendSegment({ answerId, index: 1, durationMs: 4_000, voicedMs: 0 }, NEVER_SEND);
    const heard = await covering(2);
    expect(heard.type === "event" && heard.event.type === "transcript" && [heard.event.text, heard.event.turnWords]).toEqual([
      "We moved the cache in front of the database, and",
      "unfinished",
    ]);
    client.close();
  });

  it("an answer of noise, heard by speech-to-text as 'you', is not kept, and the interview waits for a real answer", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const noise = crypto.randomUUID();
    speak(client, noise, [{ text: "you", durationMs: 8_000, voicedMs: 200 }]);
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === noise && e.reason === "no_speech"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(completedReplies(client)).toBe(1); // only the opening question: the interviewer did not move on
    let detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.map((m) => m.role)).toEqual(["assistant"]);

    // The candidate answers again, and this time it counts.
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: "I added a composite index and the report went from nine seconds to one." });
    await client.waitFor(() => completedReplies(client) >= 2);
    detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.map((m) => m.role)).toEqual(["assistant", "user", "assistant"]);
    client.close();
  });

  it("keeps 'thank you' said with enough speech behind it", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    speak(client, answerId, [
      { text: "I measured the query before and after the index.", durationMs: 5_000, voicedMs: 4_000 },
      { text: "Thank you.", durationMs: 3_000, voicedMs: 1_800 },
    ]);
    const done = await statusOf(client, answerId, "complete");
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe(
      "I measured the query before and after the index. Thank you.",
    );
    client.close();
  });

  it("speech in which no words could be made out fails, to be tried again or discarded", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    speak(client, answerId, [{ text: " ", durationMs: 6_000, voicedMs: 5_000 }]);
    const failed = await statusOf(client, answerId, "failed");
    expect(failed.type === "event" && failed.event.type === "message_status" && failed.event.error).toMatch(/No words could be made out/);
    client.close();
  });

  it("words a cut's overlap repeats are kept once", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    speak(client, answerId, [
      { text: "we split the request into pages and cached", durationMs: 14_000, voicedMs: 13_000 },
      { text: "pages and cached them on the server", durationMs: 6_000, voicedMs: 5_000, overlapMs: 1_000 },
    ]);
    const done = await statusOf(client, answerId, "complete");
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe(
      "we split the request into pages and cached them on the server",
    );
    client.close();
  });

  it("a segment that repeats the whole early first look before it stands for it: the sentence is heard once, whole", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    speak(client, answerId, [
      { text: "In my last project I built the real two", durationMs: 2_300, voicedMs: 1_900 },
      { text: "In my last project I built a real time dashboard.", durationMs: 4_100, voicedMs: 3_600, overlapMs: 2_300 },
      { text: "It streamed orders.", durationMs: 3_000, voicedMs: 1_500 },
    ]);
    const done = await statusOf(client, answerId, "complete");
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe(
      "In my last project I built a real time dashboard. It streamed orders.",
    );
    client.close();
  });

  it("measures pace over the time the candidate spoke, as the recorder heard it", async () => {
    const user = await registerUser();
    const client = await joined(user, await newInterview(user));
    const answerId = crypto.randomUUID();
    const words =
      "I added an index on the orders table, rewrote the slow query as a join, checked the plan, and cached the report page for everyone.";
    // 25 words in 10 s of speech, inside a 16 s recording: 150 words a minute, not 94.
    speak(client, answerId, [{ text: words, durationMs: 16_000, voicedMs: 9_000 }], {
      firstVoicedMs: 2_000,
      lastVoicedMs: 12_000,
      longPausesMs: [],
      voicedMs: 9_000,
    });
    const done = await statusOf(client, answerId, "complete");
    const metrics = done.type === "event" && done.event.type === "message_status" ? done.event.metrics : undefined;
    expect(metrics).toMatchObject({ speakingMs: 10_000, wordsPerMinute: 150 });
    expect(metrics?.notes.join(" ")).not.toMatch(/whole recording/);
    client.close();
  });
});

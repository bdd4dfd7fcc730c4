import { abortAllDurableObjects, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SEGMENT_BYTES_MAX } from "../protocol/audio";
import type { InterviewDetail } from "../protocol/rest";
import type { ServerMessage } from "../protocol/socket";
import { api, registerUser } from "../test/api-client";
import { LiveClient, completedReplies, isError, isEvent, joined, newInterview } from "../test/live-client";
import type { UserObject } from "../user-object";

const LONG_ANSWER =
  "In my last project we had a slow reporting query on a large orders table. For example, I added a composite index " +
  "on customer and date, rewrote the subquery as a join, and used explain analyze to confirm the plan. The result was " +
  "that the report went from nine seconds to three hundred milliseconds, and I learned to measure before optimising.";

describe("live interview socket", () => {
  it("refuses an upgrade without a session, from another origin, or for another user's interview", async () => {
    const owner = await registerUser("owner");
    const other = await registerUser("other");
    const interview = await newInterview(owner);
    expect((await LiveClient.upgrade(interview.interviewId, "")).status).toBe(401);
    expect((await LiveClient.upgrade(interview.interviewId, owner.cookie, { Origin: "https://evil.example" })).status).toBe(403);
    expect((await LiveClient.upgrade(interview.interviewId, other.cookie)).status).toBe(404);
    expect((await LiveClient.upgrade(crypto.randomUUID(), owner.cookie)).status).toBe(404);
  });

  it("a second connection does not make the interviewer speak again before the candidate answers", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const first = await joined(user, interview);
    const second = await LiveClient.open(interview.interviewId, user.cookie);
    second.hello(0);
    const welcome = (await second.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.snapshot?.messages).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.events()).toEqual([]);
    first.close();
    second.close();
  });

  it("welcomes with the provider and a snapshot, then the interviewer opens and the status becomes in_progress", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await LiveClient.open(interview.interviewId, user.cookie);
    client.hello();
    const welcome = await client.waitFor((m) => m.type === "welcome");
    expect(welcome).toMatchObject({
      protocolVersion: 1,
      provider: { name: "offline" },
      snapshot: { interview: { interviewId: interview.interviewId, status: "created" }, messages: [] },
    });
    await client.waitFor(isEvent("status", (e) => e.status === "in_progress"));
    const done = await client.waitFor(isEvent("message_status", (e) => e.status === "complete"));
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toMatch(/thanks for joining.*Let's begin\. \S+/);
    const seqs = client.events().map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.status).toBe("in_progress");
    expect(detail.messages).toHaveLength(1);
    expect(detail.messages[0]!.role).toBe("assistant");
    client.close();
  });

  it("stores each segment before acknowledging it, transcribes while recording, and replies when the answer ends", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 4000 }, LONG_ANSWER.slice(0, 150));
    await client.waitFor((m) => m.type === "segment_ack" && m.index === 0);

    const stored = await runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM audio_segments WHERE message_id = ?", answerId).one().n,
    );
    expect(stored).toBe(1);
    // Transcribed while the candidate is still talking.
    await client.waitFor(isEvent("transcript", (e) => e.segmentsTranscribed === 1));

    client.sendSegment({ answerId, index: 1, durationMs: 6000 }, LONG_ANSWER.slice(150));
    client.send({ type: "answer_end", answerId, segmentCount: 2 });
    await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "complete"));
    const final = client.events().find((e) => e.type === "message_status" && e.messageId === answerId && e.status === "complete");
    expect(final && "content" in final && final.content).toBe(`${LONG_ANSWER.slice(0, 150).trim()} ${LONG_ANSWER.slice(150).trim()}`);
    // The interviewer's next turn streams in after the answer.
    await client.waitFor(() => completedReplies(client) >= 3);
    expect(client.events().some((e) => e.type === "message_delta")).toBe(true);
    client.close();
  });

  it("says with each transcript whether its words read as a finished thought, for the end of turn", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 4000 }, "We moved the cache in front of the database, and");
    const open = await client.waitFor(isEvent("transcript", (e) => e.messageId === answerId && e.segmentsTranscribed === 1));
    expect(open.type === "event" && open.event.type === "transcript" && open.event.turnWords).toBe("unfinished");
    client.sendSegment({ answerId, index: 1, durationMs: 3000 }, "then the latency dropped by half.");
    const done = await client.waitFor(isEvent("transcript", (e) => e.messageId === answerId && e.segmentsTranscribed === 2));
    expect(done.type === "event" && done.event.type === "transcript" && done.event.turnWords).toBe("finished");
    client.close();
  });

  it("a segment Whisper decodes into a loop with the prompt is transcribed again without it", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    const loop = `${"I'm sorry, ".repeat(40)}Let's begin.`;
    client.sendSegment({ answerId, index: 0, durationMs: 3300 }, `LOOP|${loop}|before you answer, and it's fine to think out loud.`);
    const heard = await client.waitFor(isEvent("transcript", (e) => e.messageId === answerId && e.segmentsTranscribed === 1));
    expect(heard.type === "event" && heard.event.type === "transcript" && heard.event.text).toBe("before you answer, and it's fine to think out loud.");
    client.close();
  });

  it("a short typed answer gets a follow-up; the configured number of questions ends the interview", async () => {
    const user = await registerUser();
    const interview = await newInterview(user, 1);
    const client = await joined(user, interview);
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: "Yes." });
    // Follow-up for the short answer (an interviewer message completes), then a solid answer closes it.
    await client.waitFor(() => completedReplies(client) >= 2);
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await client.waitFor(isEvent("status", (e) => e.status === "completed"));
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.status).toBe("completed");
    expect(detail.messages.map((m) => m.role)).toEqual(["assistant", "user", "assistant", "user", "assistant"]);
    client.close();
  });

  it("answers invalid frames with an error and keeps the socket usable", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.ws.send("not json");
    await client.waitFor(isError("invalid_frame"));
    client.send({ type: "teleport" });
    client.send({ type: "text_answer", answerId, text: "x".repeat(6000) });
    client.ws.send(new Uint8Array([1, 2, 3]));
    client.sendSegment({ answerId: crypto.randomUUID(), index: 0, durationMs: 1000 }, "audio for an answer never started");
    client.send({ type: "hello", protocolVersion: 99, lastSeq: 0 });
    await client.waitFor(() => client.received.filter((m) => m.type === "error").length >= 6);
    const codes = client.received.flatMap((m) => (m.type === "error" ? [m.code] : []));
    expect(codes).toEqual(["invalid_frame", "invalid_frame", "invalid_frame", "invalid_frame", "wrong_answer", "unsupported_version"]);
    // Still usable: a valid answer goes through.
    client.send({ type: "text_answer", answerId, text: LONG_ANSWER });
    await client.waitFor(isEvent("message_added", (e) => (e.message as { messageId: string }).messageId === answerId));
    client.close();
  });

  it("refuses oversized and out-of-order segments without storing them", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 1000 }, new Uint8Array(SEGMENT_BYTES_MAX + 1));
    await client.waitFor(isError("too_large"));
    client.sendSegment({ answerId, index: 1, durationMs: 1000 }, "skipped segment zero");
    await client.waitFor(isError("out_of_order"));
    const stored = await runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM audio_segments").one().n,
    );
    expect(stored).toBe(0);
    client.close();
  });


  it("a failed transcription keeps the audio and can be retried", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 3000 }, "FAIL the first time");
    client.send({ type: "answer_end", answerId, segmentCount: 1 });
    const failed = await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "failed"));
    expect(failed.type === "event" && failed.event.type === "message_status" && failed.event.error).toMatch(/recording is saved/);
    const kept = await runInDurableObject(env.USERS.getByName(user.username), (_o: UserObject, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM audio_segments WHERE message_id = ?", answerId).one().n,
    );
    expect(kept).toBe(1);
    // The fake fails on this audio every time, so a retry fails again — but is accepted and re-run.
    client.send({ type: "retry", messageId: answerId });
    await client.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "transcribing"));
    client.close();
  });

  it("resumes from a sequence number: a reconnecting client gets exactly what it missed", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const first = await joined(user, interview);
    const seenSeq = first.lastSeq();
    first.close();

    const typer = await LiveClient.open(interview.interviewId, user.cookie);
    typer.hello(seenSeq);
    await typer.waitFor((m) => m.type === "welcome");
    typer.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await typer.waitFor(() => completedReplies(typer) >= 1);
    typer.close();

    const back = await LiveClient.open(interview.interviewId, user.cookie);
    back.hello(seenSeq);
    const welcome = (await back.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.snapshot).toBeNull();
    await back.waitFor(() => back.lastSeq() === welcome.seq);
    const replayed = back.events().map((e) => e.seq);
    expect(replayed[0]).toBe(seenSeq + 1);
    expect(replayed).toEqual(replayed.map((_, i) => seenSeq + 1 + i));
    back.close();
  });

  it("keeps the live state when the object dies mid-answer, and the answer can be finished", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const answerId = crypto.randomUUID();
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 5000 }, LONG_ANSWER);
    await client.waitFor((m) => m.type === "segment_ack");
    await client.waitFor(isEvent("transcript"));
    const seq = client.lastSeq();
    // The connection drops mid-answer and the object dies (eviction would wait for the socket's
    // request to drain, so this is the harsher case: the instance is aborted).
    client.close();
    await abortAllDurableObjects();

    const again = await LiveClient.open(interview.interviewId, user.cookie);
    again.hello(0);
    const welcome = (await again.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.seq).toBe(seq);
    const answer = welcome.snapshot?.messages.find((m) => m.messageId === answerId);
    expect(answer).toMatchObject({ status: "recording", content: LONG_ANSWER });
    // Re-sending the acknowledged segment is harmless; ending the answer completes it.
    again.sendSegment({ answerId, index: 0, durationMs: 5000 }, LONG_ANSWER);
    await again.waitFor((m) => m.type === "segment_ack");
    again.send({ type: "answer_end", answerId, segmentCount: 1 });
    await again.waitFor(isEvent("message_status", (e) => e.messageId === answerId && e.status === "complete"));
    again.close();
  });

  it("stores delivery metrics with each completed answer, spoken or typed", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const spoken = crypto.randomUUID();
    client.send({ type: "answer_start", answerId: spoken, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId: spoken, index: 0, durationMs: 9000 }, "Um, so, basically, I added an index to the orders table");
    client.sendSegment({ answerId: spoken, index: 1, durationMs: 6000 }, "and, you know, the report got ten times faster");
    client.send({ type: "answer_end", answerId: spoken, segmentCount: 2, longPausesMs: [2400] });
    const done = await client.waitFor(isEvent("message_status", (e) => e.messageId === spoken && e.status === "complete"));
    const metrics = done.type === "event" && done.event.type === "message_status" ? done.event.metrics : undefined;
    expect(metrics).toMatchObject({
      kind: "voice",
      speakingMs: 15_000,
      words: 20,
      wordsPerMinute: 80,
      fillers: { total: 4, counts: { um: 1, so: 1, basically: 1, "you know": 1 } },
      longPauses: { count: 1, totalMs: 2400 },
    });
    await client.waitFor(() => completedReplies(client) >= 2);

    const typed = crypto.randomUUID();
    client.send({ type: "text_answer", answerId: typed, text: LONG_ANSWER });
    const added = await client.waitFor(isEvent("message_added", (e) => (e.message as { messageId: string }).messageId === typed));
    expect(added.type === "event" && added.event.type === "message_added" && added.event.message.metrics).toMatchObject({
      kind: "text",
      wordsPerMinute: null,
      longPauses: null,
    });

    // Stored: a reconnecting client sees the same metrics in the snapshot.
    const again = await LiveClient.open(interview.interviewId, user.cookie);
    again.hello(0);
    const welcome = (await again.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    expect(welcome.snapshot?.messages.find((m) => m.messageId === spoken)?.metrics).toEqual(metrics);
    again.close();
    client.close();
  });

  it("plays back the candidate's own recording, segment by segment, to its owner only", async () => {
    const owner = await registerUser("owner");
    const other = await registerUser("other");
    const interview = await newInterview(owner);
    const client = await joined(owner, interview);
    const answerId = crypto.randomUUID();
    const audio = new Uint8Array([26, 69, 223, 163, 9, 8, 7]);
    client.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId, index: 0, durationMs: 3000 }, audio);
    await client.waitFor((m) => m.type === "segment_ack");
    const path = `/interviews/${interview.interviewId}/answers/${answerId}/audio`;
    const played = await api(`${path}/0`, { cookie: owner.cookie });
    expect(played.status).toBe(200);
    expect(played.headers.get("Content-Type")).toBe("audio/webm;codecs=opus");
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(audio);
    expect((await api(`${path}/1`, { cookie: owner.cookie })).status).toBe(404);
    expect((await api(`${path}/0`, { cookie: other.cookie })).status).toBe(404);
    expect((await api(`${path}/-1`, { cookie: owner.cookie })).status).toBe(404);
    expect((await api(`/interviews/${interview.interviewId}/answers/not-an-id/audio/0`, { cookie: owner.cookie })).status).toBe(404);
    client.close();
  });

  it("an interrupted answer can be finished with what was stored, or discarded", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const kept = crypto.randomUUID();
    client.send({ type: "answer_start", answerId: kept, mimeType: "audio/webm;codecs=opus" });
    client.sendSegment({ answerId: kept, index: 0, durationMs: 5000 }, LONG_ANSWER.slice(0, 120));
    client.sendSegment({ answerId: kept, index: 1, durationMs: 5000 }, LONG_ANSWER.slice(120));
    await client.waitFor((m) => m.type === "segment_ack" && m.index === 1);
    // The page was reloaded: it no longer knows how many segments it sent.
    client.send({ type: "answer_end", answerId: kept });
    const done = await client.waitFor(isEvent("message_status", (e) => e.messageId === kept && e.status === "complete"));
    expect(done.type === "event" && done.event.type === "message_status" && done.event.content).toBe(
      `${LONG_ANSWER.slice(0, 120).trim()} ${LONG_ANSWER.slice(120).trim()}`,
    );
    await client.waitFor(() => completedReplies(client) >= 2);

    const dropped = crypto.randomUUID();
    client.send({ type: "answer_start", answerId: dropped, mimeType: "audio/webm;codecs=opus" });
    client.send({ type: "answer_end", answerId: dropped });
    await client.waitFor(isError("wrong_answer"));
    client.send({ type: "answer_cancel", answerId: dropped });
    await client.waitFor(isEvent("message_removed", (e) => e.messageId === dropped));
    client.close();
  });

  it("two tabs see the same live events", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const a = await joined(user, interview);
    const b = await LiveClient.open(interview.interviewId, user.cookie);
    b.hello(a.lastSeq());
    await b.waitFor((m) => m.type === "welcome");
    a.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await b.waitFor(isEvent("message_added", (e) => (e.message as { role: string }).role === "user"));
    await a.waitFor(() => completedReplies(a) >= 2);
    await b.waitFor(() => b.lastSeq() === a.lastSeq());
    a.close();
    b.close();
  });

  it("ending early completes the interview; the candidate cannot answer afterwards", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: LONG_ANSWER });
    await client.waitFor(() => completedReplies(client) >= 2);
    client.send({ type: "end_interview" });
    await client.waitFor(isEvent("status", (e) => e.status === "completed"));
    client.send({ type: "text_answer", answerId: crypto.randomUUID(), text: "one more thing" });
    await client.waitFor(isError("interview_over"));
    client.close();
  });
});

describe("interviewer failures", () => {
  it("a reply cut off by a restart is marked failed, is not replaced on reconnect, and can be retried", async () => {
    const user = await registerUser();
    const interview = await newInterview(user);
    const client = await joined(user, interview);
    const stub = env.USERS.getByName(user.username);
    // Simulate a reply that was streaming when the object died.
    const replyId = crypto.randomUUID();
    await runInDurableObject(stub, (_o: UserObject, state) => {
      state.storage.sql.exec(
        "INSERT INTO messages (id, interview_id, role, content, created_at, status, kind, turn) VALUES (?, ?, 'assistant', 'Half a sent', ?, 'streaming', 'text', ?)",
        replyId,
        interview.interviewId,
        Date.now(),
        JSON.stringify({ kind: "question", planIndex: 1, followUp: null }),
      );
    });
    client.close();
    await abortAllDurableObjects();

    const again = await LiveClient.open(interview.interviewId, user.cookie);
    again.hello(0);
    const welcome = (await again.waitFor((m) => m.type === "welcome")) as Extract<ServerMessage, { type: "welcome" }>;
    const cut = welcome.snapshot?.messages.find((m) => m.messageId === replyId);
    expect(cut).toMatchObject({ status: "failed", error: "The interviewer was interrupted. Try again." });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again.events()).toEqual([]);

    again.send({ type: "retry", messageId: replyId });
    await again.waitFor(isEvent("message_status", (e) => e.messageId === replyId && e.status === "complete"));
    const detail = (await (await api(`/interviews/${interview.interviewId}`, { cookie: user.cookie })).json()) as InterviewDetail;
    expect(detail.messages.find((m) => m.messageId === replyId)?.content).not.toContain("Half a sent");
    again.close();
  });
});

// One simulated candidate for bench:turn, speaking one answer of a given length through the real
// Worker and Durable Object, the way the browser does (see ../bench-shared/speak.ts), then timing the
// interviewer's first token and its first audio.
import { now } from "../bench-shared/clock.ts";
import { createInterview, isMessageStatus, LiveSocket, signUp } from "../bench-shared/live-client.ts";
import { speakAnswer, type AnswerEnding } from "../bench-shared/speak.ts";

const WAIT_MS = 60_000;

export interface TurnResult {
  run: string;
  /**
   * On the shared clock (../bench-shared/clock.ts): when the candidate stopped speaking, when the answer ended
   * (the same moment with "Done", when the end-of-turn detector ended it hands-free) and when the first interviewer token arrived.
   */
  endOfSpeechAt: number;
  endOfTurnAt: number;
  firstTokenAt: number;
  /** When the audio of the reply's first sentence was in the client's hands (event, then its REST download). */
  firstAudioAt: number;
  /** When the `speech` event saying the first sentence's audio is ready reached the client. */
  speechEventAt: number;
  /**
   * When the audio would have been there had the whole reply been spoken at once after it was complete: the reply's
   * completion at the client plus the same speech service speaking all of it (download time left out, in its favour).
   */
  wholeReplyAudioAt: number;
}

export async function speakOneAnswer(baseUrl: string, modelBaseUrl: string, answerMs: number, seed: number, ending: AnswerEnding = "done"): Promise<TurnResult> {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const run = `run-${seed}-${tag}`;
  const session = await signUp(baseUrl, seed, tag);
  const interviewId = await createInterview(session, { title: "Backend Developer", skills: ["SQL"], questionCount: 15 });
  const socket = await LiveSocket.open(session, interviewId);
  try {
    await socket.expect(isMessageStatus(null, "complete"), "the opening question", WAIT_MS);
    const answerId = crypto.randomUUID();
    const { endOfSpeechAt, endOfTurnAt } = await speakAnswer(socket, { answerId, run, answerMs, seed, ending });
    const answered = await socket.expect(isMessageStatus(answerId, "complete"), "the transcribed answer", WAIT_MS);
    const firstDelta = await socket.expect(
      (m) => m.type === "event" && m.event.type === "message_delta",
      "the interviewer's first token",
      WAIT_MS,
      answered.index + 1,
    );
    const replyId = firstDelta.message.type === "event" && firstDelta.message.event.type === "message_delta" ? firstDelta.message.event.messageId : "";
    const spoken = await socket.expect(
      (m) => m.type === "event" && m.event.type === "speech" && m.event.sentence.messageId === replyId && m.event.sentence.index === 0 && m.event.sentence.status === "ready",
      "the reply's first spoken sentence",
      WAIT_MS,
      answered.index + 1,
    );
    const audio = await fetch(`${baseUrl}/api/v1/interviews/${interviewId}/messages/${replyId}/speech/0`, { headers: { cookie: session.cookie } });
    if (!audio.ok) throw new Error(`first sentence audio: ${audio.status}`);
    await audio.arrayBuffer();
    const firstAudioAt = now();

    const complete = await socket.expect(isMessageStatus(replyId, "complete"), "the whole reply", WAIT_MS, answered.index + 1);
    const content = complete.message.type === "event" && complete.message.event.type === "message_status" ? (complete.message.event.content ?? "") : "";
    const asked = now();
    const whole = await fetch(`${modelBaseUrl}/audio/speech`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "latency-model", input: content, voice: "alloy", response_format: "mp3" }),
    });
    await whole.arrayBuffer();
    return { run, endOfSpeechAt, endOfTurnAt, firstTokenAt: firstDelta.at, firstAudioAt, speechEventAt: spoken.at, wholeReplyAudioAt: complete.at + (now() - asked) };
  } finally {
    socket.close();
  }
}

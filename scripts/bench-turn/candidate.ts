// One simulated candidate for bench:turn, speaking one answer of a given length through the real
// Worker and Durable Object, the way the browser does (see ../bench-shared/speak.ts).
import { createInterview, isMessageStatus, LiveSocket, signUp } from "../bench-shared/live-client.ts";
import { speakAnswer } from "../bench-shared/speak.ts";

const WAIT_MS = 60_000;

export interface TurnResult {
  run: string;
  /** On the shared clock (../bench-shared/clock.ts): when the candidate stopped speaking and when the first interviewer token arrived. */
  endOfSpeechAt: number;
  firstTokenAt: number;
}

export async function speakOneAnswer(baseUrl: string, answerMs: number, seed: number): Promise<TurnResult> {
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const run = `run-${seed}-${tag}`;
  const session = await signUp(baseUrl, seed, tag);
  const interviewId = await createInterview(session, { title: "Backend Developer", skills: ["SQL"], questionCount: 15 });
  const socket = await LiveSocket.open(session, interviewId);
  try {
    await socket.expect(isMessageStatus(null, "complete"), "the opening question", WAIT_MS);
    const answerId = crypto.randomUUID();
    const { endOfSpeechAt } = await speakAnswer(socket, { answerId, run, answerMs, seed });
    const answered = await socket.expect(isMessageStatus(answerId, "complete"), "the transcribed answer", WAIT_MS);
    const firstDelta = await socket.expect(
      (m) => m.type === "event" && m.event.type === "message_delta",
      "the interviewer's first token",
      WAIT_MS,
      answered.index + 1,
    );
    return { run, endOfSpeechAt, firstTokenAt: firstDelta.at };
  } finally {
    socket.close();
  }
}

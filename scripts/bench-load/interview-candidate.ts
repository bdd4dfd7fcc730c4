// One simulated candidate for bench:load: signs up, creates an interview and takes it whole by voice
// (the opening question, every question and follow-up after it, each answered out loud in real time),
// until the interviewer closes it; then reads the feedback report. The first thing that goes wrong
// ends the candidate's interview and is its failure: a turn that never got a reply is never skipped.
import { asFailure, BenchFailure, createInterview, isMessageStatus, LiveSocket, signUp, waitForReport, type Received } from "../bench-shared/live-client.ts";
import { now } from "../bench-shared/clock.ts";
import { speakAnswer } from "../bench-shared/speak.ts";
import type { ServerMessage } from "../../worker/protocol/socket.ts";

export interface InterviewShape {
  /** Planned questions; the interviewer may add one follow-up to each. */
  questions: number;
  /** Each answer's length is drawn from this range, in ms of speech. */
  answerMs: readonly [number, number];
  /** Reading the question and thinking, before speaking: drawn from this range, in ms. */
  thinkMs: readonly [number, number];
  /** 1 = real time; 4 = speech sent four times as fast as it would be spoken. */
  speed: number;
  /** The longest the candidate waits for anything the app should send, in ms. */
  waitMs: number;
}

export interface TurnSample {
  /** The latency model's tag for this answer. */
  run: string;
  /** On the shared clock, ms: the candidate stopped speaking; the reply's first token arrived. */
  endOfSpeechAt: number;
  firstTokenAt: number;
}

export interface InterviewOutcome {
  /** From sign-up to the report (or the failure), in ms. */
  durationMs: number;
  /** Every turn that got its reply's first token, in order. */
  turns: TurnSample[];
  /** Null when the interview completed and its report could be read. */
  failure: BenchFailure | null;
}

/** A fraction in [0, 1) from a seed: the same interview every run. */
const fraction = (seed: number) => (Math.imul(seed + 1, 2_654_435_761) >>> 0) / 2 ** 32;
const between = ([min, max]: readonly [number, number], seed: number) => min + fraction(seed) * (max - min);

const isInterviewerMessage = (m: ServerMessage) => m.type === "event" && m.event.type === "message_added" && m.event.message.role === "assistant";
const isCompleted = (m: ServerMessage) => m.type === "event" && m.event.type === "status" && m.event.status === "completed";
const addedId = (hit: Received) => (hit.message.type === "event" && hit.message.event.type === "message_added" ? hit.message.event.message.messageId : "");

export async function takeInterview(baseUrl: string, index: number, tag: string, shape: InterviewShape): Promise<InterviewOutcome> {
  const turns: TurnSample[] = [];
  const startedAt = now();
  let socket: LiveSocket | null = null;
  try {
    const session = await signUp(baseUrl, index, tag);
    const interviewId = await createInterview(session, { title: "Backend Developer", skills: ["SQL", "System design"], questionCount: shape.questions });
    socket = await LiveSocket.open(session, interviewId);
    const opening = await socket.expect(isInterviewerMessage, "the opening question", shape.waitMs);
    let asked = await socket.expect(isMessageStatus(addedId(opening), "complete"), "the whole opening question", shape.waitMs, opening.index);
    // Each question gets an answer; each answer at most one follow-up; then the close.
    for (let turn = 0; ; turn++) {
      const seed = index * 1_000 + turn;
      // The closing line ends the interview while the candidate would be thinking.
      if (await socket.next(isCompleted, between(shape.thinkMs, seed) / shape.speed, asked.index)) break;
      if (turn >= 2 * shape.questions) throw new BenchFailure("no close", `the interview was still going after ${turn} answers`);
      const run = `run-${tag}-${index}-${turn}`;
      const answerId = crypto.randomUUID();
      const spoken = await speakAnswer(socket, { answerId, run, answerMs: Math.round(between(shape.answerMs, seed + 7)), seed, speed: shape.speed });
      const answered = await socket.expect(isMessageStatus(answerId, "complete"), "the transcribed answer", shape.waitMs, asked.index);
      const acked = new Set(
        socket.received.flatMap(({ message: m }) => (m.type === "segment_ack" && m.answerId === answerId ? [m.index] : [])),
      );
      if (acked.size !== spoken.segmentCount) throw new BenchFailure("segment not acknowledged", `${acked.size} of ${spoken.segmentCount} acknowledged`);
      const reply = await socket.expect(isInterviewerMessage, "the interviewer's reply", shape.waitMs, answered.index);
      const replyId = addedId(reply);
      const first = await socket.expect(
        (m) => m.type === "event" && m.event.type === "message_delta" && m.event.messageId === replyId,
        "the reply's first token",
        shape.waitMs,
        reply.index,
      );
      turns.push({ run, endOfSpeechAt: spoken.endOfSpeechAt, firstTokenAt: first.at });
      asked = await socket.expect(isMessageStatus(replyId, "complete"), "the whole reply", shape.waitMs, first.index);
    }
    if (turns.length < shape.questions) throw new BenchFailure("short interview", `completed after ${turns.length} of ${shape.questions} questions`);
    const report = await waitForReport(session, interviewId, shape.waitMs);
    if (report.questions.length === 0) throw new BenchFailure("empty report", "the report has no questions");
    return { durationMs: now() - startedAt, turns, failure: null };
  } catch (error) {
    return { durationMs: now() - startedAt, turns, failure: asFailure(error) };
  } finally {
    socket?.close();
  }
}

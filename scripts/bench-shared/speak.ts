// A candidate speaking one answer the way the browser's recorder sends it: answer_start, a
// self-contained segment cut at each pause and sent when it ends, then answer_end. The answer ends as
// "Done" (or letting go of Space) ends it, or hands-free, as the room's own end-of-turn detector decides
// from the pause and the words of the transcript. Used by bench:turn and bench:load.
import { setTimeout as sleep } from "node:timers/promises";
import { EndOfTurnDetector } from "../../app/audio/vad/end-of-turn.ts";
import { defaultSegmenterOptions } from "../../app/audio/vad/segmenter.ts";
import { VAD_FRAME_MS } from "../../app/audio/vad/silero.ts";
import { SEGMENT_MS_MAX } from "../../worker/protocol/audio.ts";
import { now } from "./clock.ts";
import { fakeAudio } from "./latency-model.ts";
import type { LiveSocket } from "./live-client.ts";

/** Segment lengths in ms: pauses every 6–12 s, as people speak; the recorder never lets a segment pass SEGMENT_MS_MAX. */
export function segmentPlan(answerMs: number, seed: number): number[] {
  const lengths: number[] = [];
  let left = answerMs;
  let i = seed;
  while (left > 0) {
    const natural = 6_000 + ((i++ * 2_654_435_761) % 6_001);
    const length = Math.min(left, natural, SEGMENT_MS_MAX - 300);
    lengths.push(length);
    left -= length;
  }
  return lengths;
}

export interface SpokenAnswer {
  /** When the candidate stopped speaking, on the shared clock. */
  endOfSpeechAt: number;
  /** When answer_end left: at endOfSpeechAt when "Done" ends the answer, when the end-of-turn detector ends it hands-free. */
  endOfTurnAt: number;
  segmentCount: number;
}

/**
 * How the answer ends. done: "Done" is pressed as the last word ends, so the last segment and answer_end
 * leave together. handsFree: the recorder's segmenter (app/audio/vad/segmenter.ts) cuts the last segment in
 * the pause after the last word, padMs kept, and sends it; the room's end-of-turn detector (end-of-turn.ts), fed
 * the pause frame by frame and the server's transcript events as the room feeds it, ends the answer (about 1 s
 * into the pause once the transcript reads as finished, the patience when unsure), sending the rest of the pause
 * as the final, silent segment (never transcribed).
 */
export type AnswerEnding = "done" | "handsFree";

/**
 * Speaks an answer of `answerMs` (ms of speech) as `run`'s audio, in real time unless `speed` > 1
 * compresses it (the segments still say how long they are). Throws the socket's failure.
 */
export async function speakAnswer(
  socket: LiveSocket,
  answer: { answerId: string; run: string; answerMs: number; seed: number; speed?: number; ending?: AnswerEnding },
): Promise<SpokenAnswer> {
  const { answerId, run, answerMs, seed, speed = 1, ending = "done" } = answer;
  const { padMs } = defaultSegmenterOptions;
  const send = (index: number, audioMs: number, voicedMs?: number) =>
    socket.sendSegment({ type: "audio_segment", answerId, index, durationMs: Math.round(audioMs), voicedMs }, fakeAudio(run, audioMs));
  socket.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
  const plan = segmentPlan(answerMs, seed);
  let segmentCount = plan.length;
  let endOfSpeechAt = 0;
  for (const [index, length] of plan.entries()) {
    await sleep(length / speed); // the candidate is speaking this segment
    if (index < plan.length - 1) {
      send(index, length);
      continue;
    }
    endOfSpeechAt = now();
    if (ending === "done") {
      send(index, length);
    } else {
      const pauseMs = await endOfTurn(socket, answerId, index, () => send(index, length + padMs, Math.round(length)), { length, speed });
      send(index + 1, pauseMs - padMs, 0);
      segmentCount += 1;
    }
  }
  const endOfTurnAt = now();
  socket.send({ type: "answer_end", answerId, segmentCount });
  return { endOfSpeechAt, endOfTurnAt, segmentCount };
}

/**
 * The pause after the last segment's speech as the room lives it: silent frames go to an EndOfTurnDetector in real
 * time (compressed by `speed`); the segmenter's cut (pauseMs in, later for a segment shorter than minSegmentMs) calls
 * `cut` and segmentSent, and each transcript event of the answer reaches transcribed(), as use-voice-answer.ts does.
 * Resolves with the pause's length in ms when the detector ends the turn.
 */
async function endOfTurn(
  socket: LiveSocket,
  answerId: string,
  index: number,
  cut: () => void,
  { length, speed }: { length: number; speed: number },
): Promise<number> {
  const { pauseMs, minSegmentMs } = defaultSegmenterOptions;
  const cutAfterMs = Math.max(pauseMs, minSegmentMs - length);
  const detector = new EndOfTurnDetector();
  // The speech before the pause: enough of it to be words.
  for (let ms = 0; ms < 1_000; ms += VAD_FRAME_MS) detector.push(0.9);
  /** The next received frame to look at: each transcript event reaches the detector once. */
  let next = socket.received.length;
  const startedAt = now();
  let silentMs = 0;
  let sent = false;
  const ended = () => detector.state.phase === "ended";
  while (!ended()) {
    await sleep(VAD_FRAME_MS / speed);
    for (const elapsed = (now() - startedAt) * speed; silentMs < elapsed && !ended(); silentMs += VAD_FRAME_MS) detector.push(0);
    if (!sent && silentMs >= cutAfterMs) {
      cut();
      sent = true;
      detector.segmentSent(index + 1);
    }
    for (; next < socket.received.length; next++) {
      const { message } = socket.received[next]!;
      if (message.type === "event" && message.event.type === "transcript" && message.event.messageId === answerId && message.event.turnWords) {
        detector.transcribed(message.event.segmentsTranscribed, message.event.turnWords);
      }
    }
  }
  // A patience shorter than a short last segment's cut: the recorder sends it as the turn ends.
  if (!sent) cut();
  return silentMs;
}

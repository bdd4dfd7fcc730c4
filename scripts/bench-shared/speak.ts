// A candidate speaking one answer the way the browser's recorder sends it: answer_start, a
// self-contained segment cut at each pause and sent when it ends, then answer_end. Used by bench:turn
// and bench:load.
import { setTimeout as sleep } from "node:timers/promises";
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
  /** When the candidate stopped speaking (the last segment and answer_end leave then), on the shared clock. */
  endOfSpeechAt: number;
  segmentCount: number;
}

/**
 * Speaks an answer of `answerMs` (ms of speech) as `run`'s audio, in real time unless `speed` > 1
 * compresses it (the segments still say how long they are). Throws the socket's failure.
 */
export async function speakAnswer(
  socket: LiveSocket,
  answer: { answerId: string; run: string; answerMs: number; seed: number; speed?: number },
): Promise<SpokenAnswer> {
  const { answerId, run, answerMs, seed, speed = 1 } = answer;
  socket.send({ type: "answer_start", answerId, mimeType: "audio/webm;codecs=opus" });
  const plan = segmentPlan(answerMs, seed);
  let endOfSpeechAt = 0;
  for (const [index, length] of plan.entries()) {
    await sleep(length / speed); // the candidate is speaking this segment
    if (index === plan.length - 1) endOfSpeechAt = now();
    socket.sendSegment({ type: "audio_segment", answerId, index, durationMs: Math.round(length) }, fakeAudio(run, length));
  }
  socket.send({ type: "answer_end", answerId, segmentCount: plan.length });
  return { endOfSpeechAt, segmentCount: plan.length };
}

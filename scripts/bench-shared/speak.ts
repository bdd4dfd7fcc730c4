// A candidate speaking one answer the way the browser's recorder sends it: answer_start, a
// self-contained segment cut at each pause and sent when it ends, then answer_end. The answer ends as
// "Done" (or letting go of Space) ends it, or hands-free, as the end-of-turn detector does after the
// patience. Used by bench:turn and bench:load.
import { setTimeout as sleep } from "node:timers/promises";
import { PATIENCE_MS_DEFAULT } from "../../app/audio/vad/end-of-turn.ts";
import { defaultSegmenterOptions } from "../../app/audio/vad/segmenter.ts";
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
  /** When answer_end left: at endOfSpeechAt when "Done" ends the answer, the patience later hands-free. */
  endOfTurnAt: number;
  segmentCount: number;
}

/**
 * How the answer ends. done: "Done" is pressed as the last word ends, so the last segment and answer_end
 * leave together. handsFree: the recorder's segmenter (app/audio/vad/segmenter.ts) cuts the last segment in
 * the pause after the last word, padMs kept, and sends it; the end-of-turn detector (end-of-turn.ts) ends the
 * answer after PATIENCE_MS_DEFAULT of silence, sending the rest of the pause as the final, silent segment (never
 * transcribed).
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
  const { pauseMs, padMs, minSegmentMs } = defaultSegmenterOptions;
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
      // The segmenter cuts in a pause of pauseMs once the segment, pause included, is minSegmentMs long: a short
      // last segment is cut later in the pause, always before the patience is over.
      const cutAfterMs = Math.max(pauseMs, minSegmentMs - length);
      await sleep(cutAfterMs / speed);
      send(index, length + padMs, Math.round(length));
      await sleep((PATIENCE_MS_DEFAULT - cutAfterMs) / speed);
      send(index + 1, PATIENCE_MS_DEFAULT - padMs, 0);
      segmentCount += 1;
    }
  }
  const endOfTurnAt = now();
  socket.send({ type: "answer_end", answerId, segmentCount });
  return { endOfSpeechAt, endOfTurnAt, segmentCount };
}

// How long a turn took beyond the models: the models' own time after the end of speech, read from the
// latency model's timeline, and percentiles. Used by bench:turn and bench:load.
import type { RunTimeline } from "./latency-model.ts";

/** The transcription that finished last: the one the reply had to wait for. */
export const lastTranscription = (timeline: RunTimeline) =>
  timeline.transcriptions.reduce((a, b) => (b.answeredAt > a.answeredAt ? b : a));

/**
 * The models' own time after the end of speech, in ms: the part of the last-finishing transcription
 * that lies after the end of speech, then the wait for the first token. Everything else between end
 * of speech and first token is ours. Throws if the timeline lacks a transcription or a reply.
 */
export function modelTimeMs(endOfSpeechAt: number, timeline: RunTimeline): number {
  if (timeline.transcriptions.length === 0 || timeline.firstTokenAt === undefined || timeline.chatReceivedAt === undefined) {
    throw new Error("the latency model saw no transcription or no reply for this turn");
  }
  const last = lastTranscription(timeline);
  const transcription = Math.max(0, last.answeredAt - Math.max(last.receivedAt, endOfSpeechAt));
  return transcription + (timeline.firstTokenAt - timeline.chatReceivedAt);
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

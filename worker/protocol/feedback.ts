// Delivery metrics of one answer, as stored with it and shown in the report. Shared by both sides.
import { ANSWER_MS_MAX } from "./audio.ts";
import { z } from "./zod-mini.ts";

/** Silences at least this long inside a spoken answer count as long pauses. */
export const LONG_PAUSE_MS = 2_000;

/**
 * When the candidate was speaking during a spoken answer, as the recorder's voice-activity detection
 * heard it; all in ms from the start of the recording. Speaking time and pace are measured from it.
 */
export const speechTimingSchema = z.object({
  /** Start of the first voiced frame and end of the last; null when nothing was voiced. */
  firstVoicedMs: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(ANSWER_MS_MAX))),
  lastVoicedMs: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(ANSWER_MS_MAX))),
  /** Silences of LONG_PAUSE_MS or more between voiced frames. */
  longPausesMs: z.array(z.number().check(z.int(), z.gte(LONG_PAUSE_MS), z.lte(ANSWER_MS_MAX))).check(z.maxLength(ANSWER_MS_MAX / LONG_PAUSE_MS)),
  /** Frames judged speech, in ms. */
  voicedMs: z.number().check(z.int(), z.gte(0), z.lte(ANSWER_MS_MAX)),
});
export type SpeechTiming = z.infer<typeof speechTimingSchema>;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Time spent speaking, in ms: from the first voiced frame to the last, less the long pauses between,
 * so the lead-in, the silence before "Done" and long thinking pauses never slow the pace down. Without
 * the recorder's timing (an answer finished after a reload, an older page), the recording's length.
 */
export function speakingTimeMs(segmentDurationsMs: readonly number[], speech: SpeechTiming | null): { ms: number; measured: boolean } {
  if (speech?.firstVoicedMs == null || speech.lastVoicedMs == null) return { ms: Math.round(sum(segmentDurationsMs)), measured: false };
  return { ms: Math.max(0, Math.round(speech.lastVoicedMs - speech.firstVoicedMs - sum(speech.longPausesMs))), measured: true };
}


export const deliveryMetricsSchema = z.object({
  kind: z.enum(["voice", "text"]),
  words: z.number().check(z.int(), z.gte(0)),
  characters: z.number().check(z.int(), z.gte(0)),
  /** Length of the recording; null for typed answers. */
  speakingMs: z.nullable(z.number().check(z.int(), z.gte(0))),
  /** null when there is too little speech to say (typed, or under MIN_SPEECH_FOR_RATE_MS). */
  wordsPerMinute: z.nullable(z.number().check(z.gte(0))),
  fillers: z.object({
    total: z.number().check(z.int(), z.gte(0)),
    perMinute: z.nullable(z.number().check(z.gte(0))),
    /** Each filler word or phrase heard, with how often. */
    counts: z.record(z.string(), z.number().check(z.int(), z.gte(1))),
  }),
  /** Silences of LONG_PAUSE_MS or more between words; null when they could not be measured. */
  longPauses: z.nullable(z.object({ count: z.number().check(z.int(), z.gte(0)), totalMs: z.number().check(z.int(), z.gte(0)) })),
  /** What could not be measured, and why, in the candidate's terms. */
  notes: z.array(z.string()),
});
export type DeliveryMetrics = z.infer<typeof deliveryMetricsSchema>;

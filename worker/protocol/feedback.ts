// Delivery metrics of one answer, as stored with it and shown in the report. Shared by both sides.
import { z } from "./zod-mini.ts";

/** Silences at least this long inside a spoken answer count as long pauses. */
export const LONG_PAUSE_MS = 2_000;

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

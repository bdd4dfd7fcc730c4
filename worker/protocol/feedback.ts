// Delivery metrics of one answer, as stored with it and shown in the report. Shared by both sides.
import { z } from "zod";

/** Silences at least this long inside a spoken answer count as long pauses. */
export const LONG_PAUSE_MS = 2_000;

export const deliveryMetricsSchema = z.object({
  kind: z.enum(["voice", "text"]),
  words: z.number().int().min(0),
  characters: z.number().int().min(0),
  /** Length of the recording; null for typed answers. */
  speakingMs: z.number().int().min(0).nullable(),
  /** null when there is too little speech to say (typed, or under MIN_SPEECH_FOR_RATE_MS). */
  wordsPerMinute: z.number().min(0).nullable(),
  fillers: z.object({
    total: z.number().int().min(0),
    perMinute: z.number().min(0).nullable(),
    /** Each filler word or phrase heard, with how often. */
    counts: z.record(z.string(), z.number().int().min(1)),
  }),
  /** Silences of LONG_PAUSE_MS or more between words; null when they could not be measured. */
  longPauses: z.object({ count: z.number().int().min(0), totalMs: z.number().int().min(0) }).nullable(),
  /** What could not be measured, and why, in the candidate's terms. */
  notes: z.array(z.string()),
});
export type DeliveryMetrics = z.infer<typeof deliveryMetricsSchema>;

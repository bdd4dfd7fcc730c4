// Progress over time, as the dashboard charts it: one point per completed interview with a report.
import { z } from "zod";

export const progressPointSchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  createdAt: z.number(),
  /** Overall report score 1-5, or null when nothing could be scored. */
  score: z.number().nullable(),
  /** Means over the interview's spoken answers; null when there were none to measure. */
  wordsPerMinute: z.number().nullable(),
  fillersPerMinute: z.number().nullable(),
  /** Mean score of the scored questions on each skill. */
  skillScores: z.record(z.string(), z.number()),
});
export type ProgressPoint = z.infer<typeof progressPointSchema>;

export const progressSchema = z.object({
  points: z.array(progressPointSchema),
  /** The skill with the lowest mean score over all interviews, when any skill was scored. */
  weakestSkill: z.object({ skill: z.string(), score: z.number() }).nullable(),
});
export type Progress = z.infer<typeof progressSchema>;

// Progress over time, as the dashboard charts it: one point per completed interview with a report.
import { z } from "./zod-mini.ts";

export const skillProgressSchema = z.object({
  /** Mean score of the skill's scored questions, 1-5; null when none of them could be scored. */
  score: z.nullable(z.number()),
  /** Means over the skill's spoken answers; null when it was only answered by typing (or too briefly). */
  wordsPerMinute: z.nullable(z.number()),
  fillersPerMinute: z.nullable(z.number()),
});
export type SkillProgress = z.infer<typeof skillProgressSchema>;

export const progressPointSchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  createdAt: z.number(),
  /** Overall report score 1-5, or null when nothing could be scored. */
  score: z.nullable(z.number()),
  /** Means over the interview's spoken answers; null when there were none to measure. */
  wordsPerMinute: z.nullable(z.number()),
  fillersPerMinute: z.nullable(z.number()),
  /** The same measures for each skill the interview asked about ("Behavioural" for behavioural questions). */
  skills: z.record(z.string(), skillProgressSchema),
  /** The job posting it practised for: interviews for the same posting share `key`; null without one. */
  posting: z.nullable(z.object({ key: z.string(), label: z.string() })),
});
export type ProgressPoint = z.infer<typeof progressPointSchema>;

export const progressSchema = z.object({
  points: z.array(progressPointSchema),
  /** The skill with the lowest mean score over all interviews, when any skill was scored. */
  weakestSkill: z.nullable(z.object({ skill: z.string(), score: z.number() })),
});
export type Progress = z.infer<typeof progressSchema>;

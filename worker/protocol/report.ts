// The feedback report of one interview: per question, what the candidate said and feedback tied to
// quotes from it; then an overall summary. Shared by the Worker (produces, validates) and the SPA (shows).
// Every quote must be a phrase the candidate actually said; "not enough to score" is a valid result.
import { z } from "./zod-mini.ts";
import { deliveryMetricsSchema } from "./feedback.ts";
import { REQUIREMENT_KINDS, REQUIREMENTS_MAX } from "./requirement.ts";

export const RUBRIC_KEYS = ["relevance", "depth", "structure", "communication"] as const;
export type RubricKey = (typeof RUBRIC_KEYS)[number];

/** A phrase copied exactly from the candidate's answer (compared ignoring case and spacing). */
export const quoteSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(400));

export const evidenceSchema = z.object({
  /** What is good, or what to change, in one sentence for the candidate. */
  point: z.string().check(z.trim(), z.minLength(1), z.maxLength(400)),
  quote: quoteSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const rubricScoreSchema = z.object({
  score: z.number().check(z.int(), z.gte(1), z.lte(5)),
  quote: quoteSchema,
  why: z.string().check(z.trim(), z.minLength(1), z.maxLength(400)),
});

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;

export const questionFeedbackSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  kind: z.enum(["technical", "behavioural", "role"]),
  /** Everything the candidate said in answer, follow-ups included. */
  answer: z.string(),
  /** "not_enough": empty, off-topic or nonsense; then there are no scores, only the reason. */
  verdict: z.enum(["scored", "not_enough"]),
  notEnoughReason: z.nullable(z.string()),
  strengths: z.array(evidenceSchema).check(z.maxLength(5)),
  /** What to change; `quote` is where in the answer it applies. */
  improvements: z.array(evidenceSchema).check(z.maxLength(5)),
  /** Behavioural questions: the quote that covers each STAR part, or null where it is missing. */
  star: z.nullable(z.record(z.enum(STAR_PARTS), z.nullable(quoteSchema))),
  /** Technical and role questions: each expected talking point, and the quote that covers it. */
  talkingPoints: z.nullable(z.array(z.object({ point: z.string(), quote: z.nullable(quoteSchema) }))),
  rubric: z.nullable(z.record(z.enum(RUBRIC_KEYS), rubricScoreSchema)),
  metrics: z.nullable(deliveryMetricsSchema),
});
export type QuestionFeedback = z.infer<typeof questionFeedbackSchema>;

/** The part of a question's feedback a model writes; the rest comes from the transcript. */
export const modelFeedbackSchema = z.pick(questionFeedbackSchema, {
  verdict: true,
  notEnoughReason: true,
  strengths: true,
  improvements: true,
  star: true,
  talkingPoints: true,
  rubric: true,
});
export type ModelFeedback = z.infer<typeof modelFeedbackSchema>;

/**
 * How the interview showed one requirement of the job posting: "shown" with the answer's words that
 * showed it, "not_shown" when a question on it was answered without showing it, "not_asked" when no
 * question on it came up and no answer showed it in passing.
 */
export const requirementResultSchema = z.object({
  requirementId: z.string(),
  text: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  status: z.enum(["shown", "not_shown", "not_asked"]),
  /** The question whose answer is quoted, or that probed it; null when not asked. */
  questionId: z.nullable(z.string()),
  question: z.nullable(z.string()),
  /** Words of that answer: for "shown", the words that showed it; null otherwise. */
  quote: z.nullable(quoteSchema),
  /** That question's score (1-5), null when it was not scored or not asked. */
  score: z.nullable(z.number().check(z.gte(1), z.lte(5))),
});
export type RequirementResult = z.infer<typeof requirementResultSchema>;

export const requirementsReportSchema = z.object({
  items: z.array(requirementResultSchema).check(z.maxLength(REQUIREMENTS_MAX)),
  /** Ids of the (at most three) requirements to practise next: not shown first, then not asked. */
  practiseNext: z.array(z.string()).check(z.maxLength(3)),
});
export type RequirementsReport = z.infer<typeof requirementsReportSchema>;

export const reportSchema = z.object({
  interviewId: z.string(),
  generatedAt: z.number(),
  /** Which provider wrote it: offline reports are computed, not written by a model. */
  provider: z.enum(["workers-ai", "openai", "offline"]),
  questions: z.array(questionFeedbackSchema),
  overall: z.object({
    /** Mean of the rubric scores of scored questions, 1-5; null when nothing could be scored. */
    score: z.nullable(z.number().check(z.gte(1), z.lte(5))),
    summary: z.string(),
    /** The three most useful things to practise next. */
    nextSteps: z.array(z.string()).check(z.maxLength(3)),
    /** The candidate's share of the talking time, 0-1 (the interviewer's estimated from its words); null when unknown. */
    talkShare: z._default(z.nullable(z.number().check(z.gte(0), z.lte(1))), null),
  }),
  /** For an interview built from a job posting: how each of its requirements was shown; null otherwise. */
  requirements: z._default(z.nullable(requirementsReportSchema), null),
});
export type Report = z.infer<typeof reportSchema>;

/** One question's score: the mean of its rubric scores to one decimal; null when it could not be scored. */
export function overallScore(feedback: QuestionFeedback): number | null {
  if (feedback.rubric === null) return null;
  const rubric = feedback.rubric;
  const mean = RUBRIC_KEYS.reduce((sum, key) => sum + rubric[key].score, 0) / RUBRIC_KEYS.length;
  return Math.round(mean * 10) / 10;
}

/** Whether `quote` appears in `answer`, ignoring case, punctuation and spacing. */
export function isQuoteFrom(quote: string, answer: string): boolean {
  const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const needle = normalise(quote);
  return needle.length > 0 && ` ${normalise(answer)} `.includes(` ${needle} `);
}

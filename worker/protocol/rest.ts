// Schemas for every REST body and response under /api/v1. The Worker validates with them,
// the SPA validates forms with the same ones, and both take their TypeScript types from here.
import { z } from "zod";
import { DEFAULT_QUESTION_COUNT } from "./catalog.ts";

// ── Accounts ────────────────────────────────────────────────────────────────

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 8;
// Long enough for any passphrase, short enough that hashing stays cheap.
export const PASSWORD_MAX = 128;

export const usernameSchema = z
  .string({ error: "Enter a username." })
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN, `Username must be at least ${USERNAME_MIN} characters.`)
  .max(USERNAME_MAX, `Username must be at most ${USERNAME_MAX} characters.`)
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/,
    "Use letters, digits, '-' or '_', starting with a letter or digit.",
  );

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`);

export const registerSchema = z
  .object({ username: usernameSchema, password: passwordSchema })
  .refine((v) => v.password.toLowerCase() !== v.username, {
    path: ["password"],
    message: "Password must not be your username.",
  });

// Sign-in checks only the shape: rules may change, old accounts must still sign in.
export const loginSchema = z.object({
  username: z.string({ error: "Enter a username." }).trim().toLowerCase().min(1, "Enter a username.").max(USERNAME_MAX),
  password: z.string({ error: "Enter a password." }).min(1, "Enter a password.").max(PASSWORD_MAX),
});

export type Credentials = z.infer<typeof loginSchema>;

export const meSchema = z.object({ username: z.string() });
export type Me = z.infer<typeof meSchema>;

// ── Interviews ──────────────────────────────────────────────────────────────

export const INTERVIEW_STATUSES = ["created", "in_progress", "completed", "cancelled"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const TITLE_MAX = 100;
export const SKILL_MAX = 40;
export const SKILLS_MAX = 10;
export const QUESTION_COUNT_MIN = 1;
export const QUESTION_COUNT_MAX = 15;

const skillSchema = z
  .string()
  .trim()
  .min(1, "A skill cannot be empty.")
  .max(SKILL_MAX, `Each skill must be at most ${SKILL_MAX} characters.`);

export const createInterviewSchema = z.object({
  title: z
    .string({ error: "Enter the role you are practising for." })
    .trim()
    .min(1, "Enter the role you are practising for.")
    .max(TITLE_MAX, `The role must be at most ${TITLE_MAX} characters.`),
  skills: z
    .array(skillSchema, { error: "Choose at least one skill." })
    .min(1, "Choose at least one skill.")
    .max(SKILLS_MAX, `Choose at most ${SKILLS_MAX} skills.`)
    // Same skill typed twice in different case counts once.
    .transform((skills) => [...new Map(skills.map((s) => [s.toLowerCase(), s])).values()]),
  questionCount: z
    .number({ error: "Enter a number of questions." })
    .int("Enter a whole number of questions.")
    .min(QUESTION_COUNT_MIN, `Ask at least ${QUESTION_COUNT_MIN} question.`)
    .max(QUESTION_COUNT_MAX, `Ask at most ${QUESTION_COUNT_MAX} questions.`)
    .default(DEFAULT_QUESTION_COUNT),
});

export type CreateInterviewInput = z.input<typeof createInterviewSchema>;
export type NewInterview = z.output<typeof createInterviewSchema>;

export const interviewIdSchema = z.uuid();

export const interviewSummarySchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  skills: z.array(z.string()),
  questionCount: z.number().int(),
  status: z.enum(INTERVIEW_STATUSES),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const MESSAGE_ROLES = ["user", "assistant", "system"] as const;

export const messageSchema = z.object({
  messageId: z.string(),
  interviewId: z.string(),
  role: z.enum(MESSAGE_ROLES),
  content: z.string(),
  timestamp: z.number(),
});
export type Message = z.infer<typeof messageSchema>;

export const interviewDetailSchema = interviewSummarySchema.extend({
  messages: z.array(messageSchema),
});
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;

export const listInterviewsQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE_MAX, `limit must be at most ${PAGE_SIZE_MAX}.`)
    .default(PAGE_SIZE_DEFAULT),
  // Opaque to clients: the nextCursor of the previous page.
  cursor: z
    .string()
    .regex(/^\d+_[0-9a-f-]{36}$/, "cursor is not one this server issued.")
    .optional(),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

/** An interview in the history list: its summary and, once it has a feedback report, the report's result. */
export const interviewListItemSchema = interviewSummarySchema.extend({
  /**
   * null while the interview has no report (not finished, or the report is still being written);
   * otherwise the report's overall score, 1-5 to one decimal, or null when it says "not enough to score".
   */
  report: z.object({ score: z.number().min(1).max(5).nullable() }).nullable(),
});
export type InterviewListItem = z.infer<typeof interviewListItemSchema>;

export const interviewPageSchema = z.object({
  interviews: z.array(interviewListItemSchema),
  nextCursor: z.string().nullable(),
});
export type InterviewPage = z.infer<typeof interviewPageSchema>;

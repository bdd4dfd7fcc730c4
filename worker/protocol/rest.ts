// Schemas for every REST body and response under /api/v1. The Worker validates with them,
// the SPA validates forms with the same ones, and both take their TypeScript types from here.
import { z } from "./zod-mini.ts";
import { DEFAULT_QUESTION_COUNT } from "./catalog.ts";
import { requirementSchema } from "./requirement.ts";

// ── Accounts ────────────────────────────────────────────────────────────────

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const PASSWORD_MIN = 8;
// Long enough for any passphrase, short enough that hashing stays cheap.
export const PASSWORD_MAX = 128;

export const usernameSchema = z.string({ error: "Enter a username." }).check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(USERNAME_MIN, `Username must be at least ${USERNAME_MIN} characters.`),
  z.maxLength(USERNAME_MAX, `Username must be at most ${USERNAME_MAX} characters.`),
  z.regex(/^[a-z0-9][a-z0-9_-]*$/, "Use letters, digits, '-' or '_', starting with a letter or digit."),
);

export const passwordSchema = z.string({ error: "Enter a password." }).check(
  z.minLength(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`),
  z.maxLength(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`),
);

export const registerSchema = z.object({ username: usernameSchema, password: passwordSchema }).check(
  z.refine((v) => v.password.toLowerCase() !== v.username, {
    path: ["password"],
    message: "Password must not be your username.",
  }),
);

// Sign-in checks only the shape: rules may change, old accounts must still sign in.
export const loginSchema = z.object({
  username: z
    .string({ error: "Enter a username." })
    .check(
      z.trim(),
      z.toLowerCase(),
      z.minLength(1, "Enter a username."),
      z.maxLength(USERNAME_MAX, `Username must be at most ${USERNAME_MAX} characters.`),
    ),
  password: z
    .string({ error: "Enter a password." })
    .check(z.minLength(1, "Enter a password."), z.maxLength(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)),
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
  .check(z.trim(), z.minLength(1, "A skill cannot be empty."), z.maxLength(SKILL_MAX, `Each skill must be at most ${SKILL_MAX} characters.`));

export const createInterviewSchema = z.object({
  title: z
    .string({ error: "Enter the role you are practising for." })
    .check(
      z.trim(),
      z.minLength(1, "Enter the role you are practising for."),
      z.maxLength(TITLE_MAX, `The role must be at most ${TITLE_MAX} characters.`),
    ),
  skills: z.pipe(
    z
      .array(skillSchema, { error: "Choose at least one skill." })
      .check(z.minLength(1, "Choose at least one skill."), z.maxLength(SKILLS_MAX, `Choose at most ${SKILLS_MAX} skills.`)),
    // Same skill typed twice in different case counts once.
    z.transform((skills) => [...new Map(skills.map((s) => [s.toLowerCase(), s])).values()]),
  ),
  questionCount: z._default(
    z
      .number({ error: "Enter a number of questions." })
      .check(
        z.int("Enter a whole number of questions."),
        z.gte(QUESTION_COUNT_MIN, `Ask at least ${QUESTION_COUNT_MIN} question.`),
        z.lte(QUESTION_COUNT_MAX, `Ask at most ${QUESTION_COUNT_MAX} questions.`),
      ),
    DEFAULT_QUESTION_COUNT,
  ),
});

export type CreateInterviewInput = z.input<typeof createInterviewSchema>;
export type NewInterview = z.output<typeof createInterviewSchema>;

export const interviewIdSchema = z.uuid();

export const interviewSummarySchema = z.object({
  interviewId: z.string(),
  title: z.string(),
  skills: z.array(z.string()),
  questionCount: z.number().check(z.int()),
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

export const interviewDetailSchema = z.extend(interviewSummarySchema, {
  messages: z.array(messageSchema),
  /** The posting it practises for, the CV and the requirements kept from the posting: null and [] when none. */
  jobDescription: z.nullable(z.string()),
  resume: z.nullable(z.string()),
  requirements: z.array(requirementSchema),
});
export type InterviewDetail = z.infer<typeof interviewDetailSchema>;

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;

export const listInterviewsQuerySchema = z.object({
  limit: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(PAGE_SIZE_MAX, `limit must be at most ${PAGE_SIZE_MAX}.`)),
    PAGE_SIZE_DEFAULT,
  ),
  // Opaque to clients: the nextCursor of the previous page.
  cursor: z.optional(z.string().check(z.regex(/^\d+_[0-9a-f-]{36}$/, "cursor is not one this server issued."))),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

/** An interview in the history list: its summary and, once it has a feedback report, the report's result. */
export const interviewListItemSchema = z.extend(interviewSummarySchema, {
  /**
   * null while the interview has no report (not finished, or the report is still being written);
   * otherwise the report's overall score, 1-5 to one decimal, or null when it says "not enough to score".
   */
  report: z.nullable(z.object({ score: z.nullable(z.number().check(z.gte(1), z.lte(5))) })),
});
export type InterviewListItem = z.infer<typeof interviewListItemSchema>;

export const interviewPageSchema = z.object({
  interviews: z.array(interviewListItemSchema),
  nextCursor: z.nullable(z.string()),
});
export type InterviewPage = z.infer<typeof interviewPageSchema>;

// What the REST schemas accept, what they turn input into, and the exact message for each field
// the Worker refuses and the SPA's forms show. Also the error body and progress shapes.
import { describe, expect, it } from "vitest";
import { apiErrorSchema } from "./errors";
import { fieldErrorsOf } from "./field-errors";
import { progressSchema } from "./progress";
import {
  createInterviewSchema,
  interviewDetailSchema,
  interviewIdSchema,
  interviewPageSchema,
  interviewSummarySchema,
  listInterviewsQuerySchema,
  loginSchema,
  meSchema,
  registerSchema,
} from "./rest";

type ZodFailure = Parameters<typeof fieldErrorsOf>[0];

/** The parsed value, or the field → message map the API would answer with. */
function outcome(schema: { safeParse(value: unknown): unknown }, value: unknown): { data: unknown } | { fields: Record<string, string> } {
  const result = schema.safeParse(value) as { success: true; data: unknown } | { success: false; error: ZodFailure };
  return result.success ? { data: result.data } : { fields: fieldErrorsOf(result.error) };
}

const uuid = "0b6a8a4e-2c5d-4a8e-9b1f-3c2d1e0f9a7b";
const summary = { interviewId: "a", title: "t", skills: ["s"], questionCount: 1, status: "created", createdAt: 1, updatedAt: 2 };

describe("accounts", () => {
  it.each([
    [{ username: "  Bob ", password: "correct horse", extra: 1 }, { data: { username: "bob", password: "correct horse" } }],
    [
      { username: "  Ab ", password: "short" },
      { fields: { username: "Username must be at least 3 characters.", password: "Password must be at least 8 characters." } },
    ],
    [
      { username: "x".repeat(33), password: "p".repeat(129) },
      { fields: { username: "Username must be at most 32 characters.", password: "Password must be at most 128 characters." } },
    ],
    [{ username: "-bad", password: "longenough" }, { fields: { username: "Use letters, digits, '-' or '_', starting with a letter or digit." } }],
    [{ username: "Alice", password: "ALICExyz" }, { data: { username: "alice", password: "ALICExyz" } }],
    [{ username: "alice123", password: "ALICE123" }, { fields: { password: "Password must not be your username." } }],
    [{}, { fields: { username: "Enter a username.", password: "Enter a password." } }],
    [{ username: 5, password: [] }, { fields: { username: "Enter a username.", password: "Enter a password." } }],
    [null, { fields: { _: "Invalid input: expected object, received null" } }],
  ])("register %j", (input, expected) => {
    expect(outcome(registerSchema, input)).toEqual(expected);
  });

  it.each([
    [{ username: " Bob ", password: "x", extra: true }, { data: { username: "bob", password: "x" } }],
    [{ username: "   ", password: "" }, { fields: { username: "Enter a username.", password: "Enter a password." } }],
    [
      { username: "b".repeat(33), password: "p".repeat(129) },
      { fields: { username: "Username must be at most 32 characters.", password: "Password must be at most 128 characters." } },
    ],
    [{}, { fields: { username: "Enter a username.", password: "Enter a password." } }],
  ])("sign in %j", (input, expected) => {
    expect(outcome(loginSchema, input)).toEqual(expected);
  });

  it("reads who is signed in", () => {
    expect(outcome(meSchema, { username: "bob", extra: 1 })).toEqual({ data: { username: "bob" } });
    expect(outcome(meSchema, { username: 3 })).toEqual({ fields: { username: "Invalid input: expected string, received number" } });
  });
});

describe("interviews", () => {
  it.each([
    // Trimmed, the default question count added, the same skill twice (any case) kept once.
    [{ title: "  Backend ", skills: ["SQL", " sql ", "Go"] }, { data: { title: "Backend", skills: ["sql", "Go"], questionCount: 5 } }],
    [
      { title: "", skills: [], questionCount: 2.5 },
      { fields: { title: "Enter the role you are practising for.", skills: "Choose at least one skill.", questionCount: "Enter a whole number of questions." } },
    ],
    [
      { title: "t".repeat(101), skills: Array(11).fill("a"), questionCount: 0 },
      { fields: { title: "The role must be at most 100 characters.", skills: "Choose at most 10 skills.", questionCount: "Ask at least 1 question." } },
    ],
    [
      { title: "x", skills: [" ", "s".repeat(41)], questionCount: 16 },
      { fields: { "skills.0": "A skill cannot be empty.", "skills.1": "Each skill must be at most 40 characters.", questionCount: "Ask at most 15 questions." } },
    ],
    [
      { skills: "SQL", questionCount: "3" },
      { fields: { title: "Enter the role you are practising for.", skills: "Choose at least one skill.", questionCount: "Enter a number of questions." } },
    ],
  ])("create %j", (input, expected) => {
    expect(outcome(createInterviewSchema, input)).toEqual(expected);
  });

  it("takes only UUIDs as interview ids", () => {
    expect(outcome(interviewIdSchema, uuid)).toEqual({ data: uuid });
    expect(outcome(interviewIdSchema, "../etc")).toEqual({ fields: { _: "Invalid UUID" } });
  });

  it.each([
    [{}, { data: { limit: 20 } }],
    [{ limit: "7", cursor: `123_${uuid}` }, { data: { limit: 7, cursor: `123_${uuid}` } }],
    [
      { limit: "abc", cursor: "nope" },
      { fields: { limit: "Invalid input: expected number, received NaN", cursor: "cursor is not one this server issued." } },
    ],
    [{ limit: "51" }, { fields: { limit: "limit must be at most 50." } }],
    [{ limit: "0" }, { fields: { limit: "Too small: expected number to be >=1" } }],
    [{ limit: "2.5" }, { fields: { limit: "Invalid input: expected int, received number" } }],
  ])("list query %j", (input, expected) => {
    expect(outcome(listInterviewsQuerySchema, input)).toEqual(expected);
  });

  it("reads summaries, details and pages as the Worker sends them", () => {
    const message = { messageId: "m", interviewId: "a", role: "user", content: "c", timestamp: 1 };
    const listed = [
      { ...summary, report: null },
      { ...summary, report: { score: 3.5 } },
      { ...summary, report: { score: null } },
    ];
    expect(outcome(interviewPageSchema, { interviews: listed, nextCursor: null })).toEqual({ data: { interviews: listed, nextCursor: null } });
    expect(outcome(interviewPageSchema, { interviews: [summary, { ...summary, report: { score: 7 } }], nextCursor: null })).toEqual({
      fields: {
        "interviews.0.report": "Invalid input: expected object, received undefined",
        "interviews.1.report.score": "Too big: expected number to be <=5",
      },
    });
    const job = { jobDescription: null, resume: null, requirements: [] };
    expect(outcome(interviewDetailSchema, { ...summary, messages: [message], ...job })).toEqual({ data: { ...summary, messages: [message], ...job } });
    expect(outcome(interviewSummarySchema, { ...summary, questionCount: 1.5, status: "paused", updatedAt: "2" })).toEqual({
      fields: {
        questionCount: "Invalid input: expected int, received number",
        status: 'Invalid option: expected one of "created"|"in_progress"|"completed"|"cancelled"',
        updatedAt: "Invalid input: expected number, received string",
      },
    });
    expect(outcome(interviewDetailSchema, { ...summary, messages: [{ ...message, role: "robot" }], ...job })).toEqual({
      fields: { "messages.0.role": 'Invalid option: expected one of "user"|"assistant"|"system"' },
    });
    expect(outcome(interviewPageSchema, { interviews: [] })).toEqual({ fields: { nextCursor: "Invalid input: expected string, received undefined" } });
  });
});

describe("errors and progress", () => {
  it("reads the error body", () => {
    expect(outcome(apiErrorSchema, { error: { code: "conflict", message: "m" } })).toEqual({ data: { error: { code: "conflict", message: "m" } } });
    expect(outcome(apiErrorSchema, { error: { code: "teapot", message: "m", fields: { a: 1 } } })).toEqual({
      fields: {
        "error.code":
          'Invalid option: expected one of "bad_request"|"validation_failed"|"unauthorized"|"forbidden"|"not_found"|"conflict"|"rate_limited"|"unavailable"|"internal"',
        "error.fields.a": "Invalid input: expected string, received number",
      },
    });
  });

  it("reads progress points", () => {
    const point = { interviewId: "a", title: "t", createdAt: 1, score: null, wordsPerMinute: 3, fillersPerMinute: null, skills: {}, posting: { key: "0a1b2c3d", label: "Backend Engineer" } };
    expect(outcome(progressSchema, { points: [point], weakestSkill: { skill: "SQL", score: 2 } })).toEqual({
      data: { points: [point], weakestSkill: { skill: "SQL", score: 2 } },
    });
    expect(outcome(progressSchema, { points: [{ ...point, skills: { SQL: { score: "x", wordsPerMinute: null } } }], weakestSkill: null })).toEqual({
      fields: {
        "points.0.skills.SQL.score": "Invalid input: expected number, received string",
        "points.0.skills.SQL.fillersPerMinute": "Invalid input: expected number, received undefined",
      },
    });
  });
});

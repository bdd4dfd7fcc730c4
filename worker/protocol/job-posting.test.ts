// What the new-interview body accepts of a job posting, a CV and requirements, and the message for each refusal.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";
import { JOB_DESCRIPTION_MAX, REQUIREMENTS_MAX, REQUIREMENT_TEXT_MAX, RESUME_MAX } from "./job-posting";
import { newInterviewSchema } from "./job-posting";

const base = { title: "Backend Developer", skills: ["Go"] };

function outcome(value: unknown) {
  const result = newInterviewSchema.safeParse({ ...base, ...(value as object) });
  return result.success ? { data: result.data } : { fields: fieldErrorsOf(result.error) };
}

describe("job posting fields of a new interview", () => {
  it("keeps them trimmed, leaves blank ones out, and is fine without them", () => {
    expect(outcome({})).toEqual({ data: { ...base, questionCount: 5 } });
    expect(outcome({ jobDescription: "  Build things.  ", resume: " \n ", requirements: [{ text: " Own the API ", kind: "responsibility" }] })).toEqual({
      data: { ...base, questionCount: 5, jobDescription: "Build things.", resume: undefined, requirements: [{ text: "Own the API", kind: "responsibility" }] },
    });
  });

  it("takes a posting and a CV at their limits, and refuses one character more with a message that says the limit", () => {
    expect(outcome({ jobDescription: "j".repeat(JOB_DESCRIPTION_MAX), resume: "r".repeat(RESUME_MAX) })).toHaveProperty("data");
    expect(outcome({ jobDescription: "j".repeat(JOB_DESCRIPTION_MAX + 1), resume: "r".repeat(RESUME_MAX + 1) })).toEqual({
      fields: {
        jobDescription: "The job description must be at most 20,000 characters. Paste the parts about the role and its requirements.",
        resume: "Your CV must be at most 30,000 characters. Leave out older roles or long lists.",
      },
    });
  });

  it.each([
    [{ jobDescription: 5 }, { jobDescription: "Paste the text here." }],
    [{ requirements: "all of them" }, { requirements: "Requirements must be a list." }],
    [{ requirements: Array(REQUIREMENTS_MAX + 1).fill({ text: "x", kind: "qualification" }) }, { requirements: "Keep at most 40 requirements." }],
    [
      { requirements: [{ text: " ", kind: "qualification" }, { text: "x".repeat(REQUIREMENT_TEXT_MAX + 1), kind: "wish" }, {}] },
      {
        "requirements.0.text": "A requirement cannot be empty.",
        "requirements.1.text": "Each requirement must be at most 300 characters.",
        "requirements.1.kind": "Say whether it is a responsibility or a qualification.",
        "requirements.2.text": "Write the requirement.",
        "requirements.2.kind": "Say whether it is a responsibility or a qualification.",
      },
    ],
  ])("refuses %j", (input, fields) => {
    expect(outcome(input)).toEqual({ fields });
  });
});

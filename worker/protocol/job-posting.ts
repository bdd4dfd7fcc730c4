// Limits and schemas for an interview built from a job posting: the posting, the candidate's CV and
// the requirements read from the posting, added to rest.ts's new-interview body. Used by the Worker
// and the new-interview form only, so none of it weighs on the first page load.
import { REQUIREMENT_KINDS, REQUIREMENTS_MAX } from "./requirement.ts";
import { createInterviewSchema } from "./rest.ts";
import { z } from "./zod-mini.ts";

export { REQUIREMENT_KINDS, REQUIREMENTS_MAX, type Requirement, type RequirementKind } from "./requirement.ts";

/** Characters of pasted posting: about 3,000 words, more than any real posting. */
export const JOB_DESCRIPTION_MAX = 20_000;
/** Characters of CV text: a dense four-page CV is about 15,000; a CV longer than this is not read out in an interview. */
export const RESUME_MAX = 30_000;
/** Characters per requirement: a long bullet is about 200. */
export const REQUIREMENT_TEXT_MAX = 300;

/**
 * Bytes of a new-interview request body: the posting, the CV and every requirement at their limits
 * are 62,000 UTF-16 units, at most 6 bytes each in JSON ("\uXXXX"), so 372 kB; the rest is small.
 */
export const CREATE_INTERVIEW_BODY_MAX = 512 * 1024;

/** "20,000", the same in every locale, for messages. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/** A pasted text that may be left out: blank counts as absent. */
function pastedText(max: number, tooLong: string) {
  return z.optional(
    z.pipe(
      z.string({ error: "Paste the text here." }).check(z.trim(), z.maxLength(max, tooLong)),
      z.transform((text) => text || undefined),
    ),
  );
}

export const jobDescriptionSchema = pastedText(
  JOB_DESCRIPTION_MAX,
  `The job description must be at most ${thousands(JOB_DESCRIPTION_MAX)} characters. Paste the parts about the role and its requirements.`,
);

export const resumeSchema = pastedText(RESUME_MAX, `Your CV must be at most ${thousands(RESUME_MAX)} characters. Leave out older roles or long lists.`);

/** A requirement as the candidate sends it: the form's ids are its own, the server numbers them. */
export const requirementInputSchema = z.object({
  text: z
    .string({ error: "Write the requirement." })
    .check(
      z.trim(),
      z.minLength(1, "A requirement cannot be empty."),
      z.maxLength(REQUIREMENT_TEXT_MAX, `Each requirement must be at most ${REQUIREMENT_TEXT_MAX} characters.`),
    ),
  kind: z.enum(REQUIREMENT_KINDS, { error: "Say whether it is a responsibility or a qualification." }),
});

export const requirementsSchema = z.optional(
  z.array(requirementInputSchema, { error: "Requirements must be a list." }).check(
    z.maxLength(REQUIREMENTS_MAX, `Keep at most ${REQUIREMENTS_MAX} requirements.`),
  ),
);

/** The body of POST /interviews: the role, skills and count, and optionally the job it is for. */
export const newInterviewSchema = z.extend(createInterviewSchema, {
  jobDescription: jobDescriptionSchema,
  resume: resumeSchema,
  requirements: requirementsSchema,
});
export type NewInterviewInput = z.input<typeof newInterviewSchema>;
export type NewInterviewForJob = z.output<typeof newInterviewSchema>;

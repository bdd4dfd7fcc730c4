// A requirement of a job posting as stored with an interview and returned with it (rest.ts). Kept
// apart from job-posting.ts, whose input schemas the first page load does not need.
import { z } from "./zod-mini.ts";

export const REQUIREMENT_KINDS = ["responsibility", "qualification"] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
/** Requirements kept per interview: postings list 10 to 25. */
export const REQUIREMENTS_MAX = 40;

/** A stored requirement: "r1", "r2"… in the order the candidate kept them. */
export const requirementSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
});
export type Requirement = z.infer<typeof requirementSchema>;

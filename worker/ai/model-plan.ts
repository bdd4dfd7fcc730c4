// The question plan of an interview for a job posting, written by a chat model and checked: it must
// fit the schema, have the asked number of questions, none repeated, and each must cite a requirement
// by id with words copied from the posting. One retry with the exact problem, then null (the caller
// falls back to the offline plan), never an invented requirement. Used by the live interviewer.
import type { PlannedQuestion } from "./offline";
import { PLAN_TIMEOUT_MS, ProviderError, type AiProvider, type JobPlanRequest } from "./provider";
import { InvalidModelOutput } from "./structured";
import { z } from "../protocol/zod-mini";
import { isQuoteFrom } from "../protocol/report";

/** Characters of a question: read aloud, it should take under half a minute. */
const QUESTION_CHARS_MAX = 300;

export const modelPlanSchema = z.object({
  questions: z.array(
    z.object({
      /** The id of the requirement the question probes, from the list the model was given ("r3"). */
      requirementId: z.string(),
      /** Words copied exactly from the posting that state that requirement. */
      postingWords: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
      kind: z.enum(["technical", "behavioural", "role"]),
      text: z.string().check(z.trim(), z.minLength(10), z.maxLength(QUESTION_CHARS_MAX)),
      talkingPoints: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.minLength(2), z.maxLength(6)),
    }),
  ),
});
export type ModelPlan = z.infer<typeof modelPlanSchema>;

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * The model's plan as the interviewer's questions if it holds up, or what is wrong with it in words
 * the model can act on. A question must cite a requirement of `request.requirements` and copy
 * `postingWords` from both the posting and that requirement's text, so no requirement is invented.
 */
export function checkModelPlan(raw: unknown, request: JobPlanRequest): { ok: true; plan: PlannedQuestion[] } | { ok: false; problem: string } {
  const parsed = modelPlanSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `The JSON did not match the schema at ${issue?.path.join(".") || "the top level"}: ${issue?.message}.` };
  }
  const { questions } = parsed.data;
  if (questions.length !== request.questionCount) {
    return { ok: false, problem: `Write exactly ${request.questionCount} questions; there were ${questions.length}.` };
  }
  const requirements = new Map(request.requirements.map((r) => [r.id, r]));
  for (const [i, q] of questions.entries()) {
    const n = i + 1;
    const requirement = requirements.get(q.requirementId);
    if (!requirement) return { ok: false, problem: `Question ${n} cites "${q.requirementId.slice(0, 40)}", which is not one of the requirement ids given. Cite only those ids.` };
    if (!isQuoteFrom(q.postingWords, request.jobDescription) || !isQuoteFrom(q.postingWords, requirement.text)) {
      return {
        ok: false,
        problem: `Question ${n}'s postingWords "${q.postingWords.slice(0, 120)}" are not words of requirement ${requirement.id} as the job posting states it. Copy them exactly from that requirement's text.`,
      };
    }
    const same = questions.findIndex((other) => normalise(other.text) === normalise(q.text));
    if (same !== i) return { ok: false, problem: `Questions ${same + 1} and ${n} are the same question. Every question must be different.` };
  }
  return {
    ok: true,
    plan: questions.map((q, i) => ({
      id: `plan-${i + 1}-${q.requirementId}`,
      text: q.text,
      kind: q.kind,
      talkingPoints: q.talkingPoints,
      requirementId: q.requirementId,
    })),
  };
}

/**
 * Asks the provider's model for the plan, at most twice (the second time with the first answer's
 * problem). Null when the provider writes no plans, fails, or gives two plans that do not hold up:
 * the caller then uses the offline plan.
 */
export async function modelPlan(provider: AiProvider, request: Omit<JobPlanRequest, "previousProblem">): Promise<PlannedQuestion[] | null> {
  if (!provider.planForJob || request.requirements.length === 0) return null;
  let previousProblem: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    let raw: unknown;
    try {
      raw = await provider.planForJob({ ...request, previousProblem }, AbortSignal.timeout(PLAN_TIMEOUT_MS));
    } catch (error) {
      if (error instanceof InvalidModelOutput) {
        previousProblem = error.message;
        continue;
      }
      if (error instanceof ProviderError || (error instanceof DOMException && error.name === "TimeoutError")) return null;
      throw error;
    }
    const checked = checkModelPlan(raw, { ...request, previousProblem });
    if (checked.ok) return checked.plan;
    previousProblem = checked.problem;
  }
  return null;
}

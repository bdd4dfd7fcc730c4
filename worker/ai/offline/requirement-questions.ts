// Ties an offline question plan to the requirements of the job posting it practises for: technical
// questions to the requirement naming their skill, and questions built from the other requirements
// ("Tell me about a time you had to …", with a CV "Walk me through your time as … at …"). Used by plan.ts.
import { mentionsIn } from "../../jobs/find-skills";
import type { Requirement } from "../../protocol/requirement";
import { hashString, mulberry32, shuffled } from "./random";
import type { PlannedQuestion } from "./types";

/** Share of an interview's questions tied to a named requirement once a posting gives enough of them. */
export const TIED_SHARE_MIN = 0.6;

// Asked of every story question: the STAR parts the behavioural scorer looks for.
const STORY_POINTS = ["the situation", "your task", "what you did", "the result"];

/** A requirement as words to put in a question: one line, no quotes of its own, no closing stop. */
function quoted(text: string): string {
  return text
    .replace(/["“”«»<>]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.;:,!]+$/, "")
    .trim();
}

/** "Design, build and run X" / "You will design X" → "design, build and run X"; null when not a duty. */
function dutyOf(text: string): string | null {
  const words = quoted(text);
  const said = /\byou(?:'ll|’ll| will)\s+(?:also\s+)?(.+)$/i.exec(words);
  const duty = said ? said[1]! : words;
  if (/^(?:be\s+)?responsible for\s/i.test(duty)) return duty.replace(/^(?:be\s+)?responsible/i, "responsible");
  // An instruction starts with a verb in its base form: never "-ing", "-s" or "-ed", nor a capitalised name.
  const first = duty.split(/[\s,]/)[0]!;
  if (!/^[A-Z]?[a-z]+$/.test(first) || /(?:ing|ed|[^su]s)$/.test(first) || /^(?:a|an|the|our|we|strong|excellent|experience)$/i.test(first)) return null;
  return duty.charAt(0).toLowerCase() + duty.slice(1);
}

/** A story question probing one requirement. */
export function questionForRequirement(requirement: Requirement): PlannedQuestion {
  const duty = requirement.kind === "responsibility" ? dutyOf(requirement.text) : null;
  const text = duty
    ? duty.startsWith("responsible for")
      ? `Tell me about a time you were ${duty}. What was the situation, what did you do, and how did it turn out?`
      : `Tell me about a time you had to ${duty}. What was the situation, what did you do, and how did it turn out?`
    : `This job asks for "${quoted(requirement.text)}". Tell me about a time your work showed it: the situation, what you did, and the result.`;
  return { id: `req-${requirement.id}`, text, kind: "behavioural", talkingPoints: [...STORY_POINTS], requirementId: requirement.id };
}

const ROLE_NOUN = /\b(?:engineer|developer|architect|lead|manager|designer|scientist|analyst|programmer|consultant|intern|tester|administrator)s?$/i;

/** The jobs a CV names as "<role> at <Company>" (or "@"), in order, at most three. */
export function cvRoles(resume: string): { role: string; company: string }[] {
  const found: { role: string; company: string }[] = [];
  for (const match of resume.matchAll(/\b([A-Za-z][\w/&+-]*(?:[ \t]+[\w/&+-]+){0,3}?)[ \t]+(?:at|@)[ \t]+([A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,3})/g)) {
    const role = match[1]!.replace(/^(?:(?:i|as|a|an|the|was|worked|work|my|then|now)\s+)+/i, "");
    if (ROLE_NOUN.test(role)) found.push({ role, company: match[2]! });
    if (found.length === 3) break;
  }
  return found;
}

/** "Walk me through your time as Backend engineer at Ledgerly": tied to the first duty of the posting. */
function cvQuestion(job: { role: string; company: string }, requirement: Requirement): PlannedQuestion {
  const duty = dutyOf(requirement.text);
  const link = duty ? `what you did there that shows you can ${duty.replace(/^responsible for/, "be responsible for")}` : `what you did there that shows "${quoted(requirement.text)}"`;
  return {
    id: `cv-${requirement.id}`,
    text: `Walk me through your time as ${job.role} at ${job.company}: ${link}.`,
    kind: "behavioural",
    talkingPoints: [...STORY_POINTS],
    requirementId: requirement.id,
  };
}

/** The requirement a technical question on `skill` probes: the first that names the skill, qualifications first. */
function requirementNaming(skill: string, requirements: readonly Requirement[]): Requirement | undefined {
  const ordered = [...requirements.filter((r) => r.kind === "qualification"), ...requirements.filter((r) => r.kind === "responsibility")];
  return ordered.find((r) => mentionsIn(r.text).some((m) => m.name.toLowerCase() === skill.toLowerCase()));
}

/**
 * The plan with its questions tied to `requirements`: each technical question to the requirement
 * naming its skill; then, while fewer than TIED_SHARE_MIN of the questions are tied, the last untied
 * one (opener excepted: the first question stays an easy start) gives way to a question on a
 * requirement no question probes yet (duties first, in a seeded order). With a CV that names a job,
 * the opener becomes "Walk me through your time as … at …" on the posting's first duty. The count
 * never changes; without requirements the plan comes back as it was.
 */
export function tieToRequirements(plan: readonly PlannedQuestion[], requirements: readonly Requirement[], resume: string | null, seed: string): PlannedQuestion[] {
  if (requirements.length === 0) return [...plan];
  const tied = plan.map((q) => {
    const requirement = q.kind === "technical" && q.skill ? requirementNaming(q.skill, requirements) : undefined;
    return requirement ? { ...q, requirementId: requirement.id } : q;
  });

  const job = resume ? cvRoles(resume)[0] : undefined;
  const firstDuty = requirements.find((r) => r.kind === "responsibility");
  if (job && firstDuty && tied[0]?.id.startsWith("opener-")) tied[0] = cvQuestion(job, firstDuty);

  const random = mulberry32(hashString(`${seed}\u0000requirements`));
  const probed = () => new Set(tied.map((q) => q.requirementId).filter(Boolean));
  const waiting = [
    ...shuffled(requirements.filter((r) => r.kind === "responsibility"), random),
    ...shuffled(requirements.filter((r) => r.kind === "qualification"), random),
  ].filter((r) => !probed().has(r.id));

  const wanted = Math.ceil(TIED_SHARE_MIN * tied.length);
  for (let i = tied.length - 1; i >= 0 && waiting.length > 0; i--) {
    if (tied.filter((q) => q.requirementId).length >= wanted) break;
    const question = tied[i]!;
    if (question.requirementId || (i === 0 && question.id.startsWith("opener-"))) continue;
    tied[i] = questionForRequirement(waiting.shift()!);
  }
  return tied;
}

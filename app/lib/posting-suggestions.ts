// What the new-interview form takes from a pasted job posting, without undoing the candidate's own
// choices: used by app/pages/new-interview-page.tsx on each (debounced) change of the posting.
import type { PostingReading } from "../../worker/jobs/read-posting";
import type { RequirementKind } from "../../worker/protocol/job-posting";
import { SKILLS_MAX } from "../../worker/protocol/rest";

/** A requirement row of the form; `key` is the row's own (React key, focus), never sent. */
export interface DraftRequirement {
  key: string;
  text: string;
  kind: RequirementKind;
}

export interface PostingChoices {
  /** The role field. */
  title: string;
  /** The title last filled in from a posting: while the field still holds it, a new posting may replace it. */
  suggestedTitle: string | null;
  /** Skills ticked. */
  skills: string[];
  /** Every skill a posting has suggested so far, ticked or not: the form offers them, and never ticks one twice. */
  offered: string[];
  requirements: DraftRequirement[];
  /** The candidate changed the requirements by hand: a new reading no longer replaces them. */
  requirementsEdited: boolean;
}

const sameSkill = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The choices after reading a posting: the role filled in when empty (or still the last suggestion),
 * skills not suggested before ticked up to SKILLS_MAX (known skills first, in the reading's order), and
 * the requirements replaced unless edited. `version` makes the new rows' keys unique.
 */
export function applyReading(choices: PostingChoices, reading: PostingReading, version: number): PostingChoices {
  const titleIsOurs = choices.title.trim() === "" || choices.title === choices.suggestedTitle;
  const suggested = [...reading.knownSkills, ...reading.freeSkills];
  const fresh = suggested.filter((skill) => !choices.offered.some((o) => sameSkill(o, skill)));
  const skills = [...choices.skills];
  for (const skill of fresh) {
    if (skills.length >= SKILLS_MAX) break;
    if (!skills.some((s) => sameSkill(s, skill))) skills.push(skill);
  }
  return {
    title: titleIsOurs && reading.title ? reading.title : choices.title,
    suggestedTitle: titleIsOurs && reading.title ? reading.title : choices.suggestedTitle,
    skills,
    offered: [...choices.offered, ...fresh],
    requirements: choices.requirementsEdited
      ? choices.requirements
      : reading.requirements.map((r) => ({ key: `p${version}-${r.id}`, text: r.text, kind: r.kind })),
    requirementsEdited: choices.requirementsEdited,
  };
}

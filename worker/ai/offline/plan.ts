// Builds the offline interviewer's question plan: which questions, in what order, reproducible from a seed.
import { matchRoleGroups } from "./match-role";
import { resolveSkills, type ResolvedSkill } from "./match-skill";
import { planMix } from "./plan-mix";
import {
  BEHAVIOURAL_QUESTIONS,
  GENERAL_TEMPLATES,
  OPENER_TEMPLATES,
  ROLE_GROUPS,
  generalQuestion,
  openerQuestion,
  type QuestionTemplate,
  type RoleGroup,
} from "./question-bank";
import { hashString, mulberry32, shuffled } from "./random";
import { tieToRequirements } from "./requirement-questions";
import type { Requirement } from "../../protocol/requirement";
import type { PlannedQuestion } from "./types";

export interface PlanInput {
  /** The role as the candidate typed it, e.g. "Senior Backend Engineer". */
  title: string;
  skills: string[];
  questionCount: number;
  /** Same seed, same plan: the interview id makes a good seed. */
  seed: string;
  /** The job posting's requirements: most questions are then tied to one (requirement-questions.ts). */
  requirements?: readonly Requirement[];
  /** The candidate's CV as text: the opener may ask about a job it names. */
  resume?: string | null;
}

/** A shuffled supply of questions that never hands out the same id twice. */
type Draw = () => PlannedQuestion | undefined;

export function planQuestions(input: PlanInput): PlannedQuestion[] {
  const count = input.questionCount;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`questionCount must be a whole number, got ${count}.`);
  }
  // Each pool gets its own stream, so adding a skill never reshuffles the questions of another.
  const randomFor = (pool: string) => mulberry32(hashString(`${input.seed}\u0000${pool}`));
  const used = new Set<string>();
  // Every draw goes through here, so no question can appear twice whatever the pools contain.
  const fresh = (questions: Iterator<PlannedQuestion>): Draw => () => {
    for (let next = questions.next(); !next.done; next = questions.next()) {
      if (!used.has(next.value.id)) {
        used.add(next.value.id);
        return next.value;
      }
    }
    return undefined;
  };

  const skills = resolveSkills(input.skills);
  const roleGroups = matchRoleGroups(input.title);
  const mix = planMix(count, skills.length, roleGroups.length);

  const skillDraws = technicalDraws(skills, randomFor, fresh);
  const drawBehavioural = fresh(shuffled(BEHAVIOURAL_QUESTIONS, randomFor("behavioural")).values());
  const drawRole = roleDraw(roleGroups, randomFor, fresh);
  // Only reached when the chosen skills run dry (or none were given): keep the count exact.
  const spare = randomFor("spare");
  const drawSpare = fresh(
    [...shuffled(BEHAVIOURAL_QUESTIONS, spare), ...ROLE_GROUPS.flatMap((group) => shuffled(group.questions, spare))].values(),
  );

  const take = (draw: Draw): PlannedQuestion => {
    const question = draw() ?? drawSpare();
    if (!question) throw new RangeError(`The question bank cannot fill ${count} questions.`);
    return question;
  };

  const opener = mix.opener ? [openerQuestion(pick(OPENER_TEMPLATES, randomFor("opener")), input.title)] : [];
  if (opener[0]) used.add(opener[0].id);

  // Round-robin over skills in the order the candidate listed them; a dry skill passes its turn on.
  const technical = Array.from({ length: mix.technical }, (_, slot) =>
    take(() => firstDefined(skillDraws.map((_, k) => skillDraws[(slot + k) % skillDraws.length]!))),
  );
  const behavioural = Array.from({ length: mix.behavioural }, () => take(drawBehavioural));
  const role = Array.from({ length: mix.role }, () => take(drawRole));

  const plan = [...opener, ...spreadAmong(technical, alternate(behavioural, role))];
  return tieToRequirements(plan, input.requirements ?? [], input.resume ?? null, input.seed);
}

/** One draw per skill. Unknown skills share one deck of templates so they never repeat a phrasing. */
function technicalDraws(
  skills: readonly ResolvedSkill[],
  randomFor: (pool: string) => () => number,
  fresh: (questions: Iterator<PlannedQuestion>) => Draw,
): Draw[] {
  const templates = shuffled(GENERAL_TEMPLATES, randomFor("general")).values();
  return skills.map((skill) => {
    if (skill.bank) return fresh(shuffled(skill.bank.questions, randomFor(`skill:${skill.name}`)).values());
    return fresh(filled(templates, skill.name));
  });
}

function* filled(templates: Iterator<QuestionTemplate>, skill: string): Generator<PlannedQuestion> {
  for (let next = templates.next(); !next.done; next = templates.next()) yield generalQuestion(next.value, skill);
}

/** Takes from each matched group in turn (in a seeded order), so "Senior Backend" can get one of each. */
function roleDraw(
  groups: readonly RoleGroup[],
  randomFor: (pool: string) => () => number,
  fresh: (questions: Iterator<PlannedQuestion>) => Draw,
): Draw {
  const decks = shuffled(groups, randomFor("roles")).map((group) =>
    fresh(shuffled(group.questions, randomFor(`role:${group.id}`)).values()),
  );
  let turn = 0;
  return () => {
    for (let tried = 0; tried < decks.length; tried++) {
      const question = decks[turn++ % decks.length]!();
      if (question) return question;
    }
    return undefined;
  };
}

function firstDefined(draws: readonly Draw[]): PlannedQuestion | undefined {
  for (const draw of draws) {
    const question = draw();
    if (question) return question;
  }
  return undefined;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** a0, b0, a1, b1, ...: behavioural and role questions take turns rather than clustering. */
function alternate<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

/** Places `extra` at evenly spaced positions among `main`, so non-technical questions break up the technical run. */
function spreadAmong<T>(main: readonly T[], extra: readonly T[]): T[] {
  const total = main.length + extra.length;
  const out: T[] = [];
  let m = 0;
  let e = 0;
  for (let position = 0; position < total; position++) {
    const extraSlot = e < extra.length ? Math.floor(((e + 1) * total) / (extra.length + 1)) : Infinity;
    if (m >= main.length || position >= extraSlot) out.push(extra[e++]!);
    else out.push(main[m++]!);
  }
  return out;
}

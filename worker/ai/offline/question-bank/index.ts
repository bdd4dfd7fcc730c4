// The whole question bank in one place: skill banks, behavioural, role groups, openers and templates.
import { behavioural } from "./behavioural";
import type { SkillBank } from "./define";
import { javascript } from "./javascript";
import { nodejs } from "./nodejs";
import { python } from "./python";
import { react } from "./react";
import { sql } from "./sql";
import { systemDesign } from "./system-design";
import { testing } from "./testing";
import { typescript } from "./typescript";

export type { SkillBank } from "./define";
export { GENERAL_TEMPLATES, generalQuestion, type QuestionTemplate } from "./general";
export { OPENER_TEMPLATES, openerQuestion, type OpenerTemplate } from "./openers";
export { ROLE_GROUPS, type RoleGroup, type RoleGroupId } from "./roles";

/** One bank per skill the new-interview form offers, in the catalog's order. */
export const SKILL_BANKS: readonly SkillBank[] = [javascript, typescript, react, nodejs, python, sql, systemDesign, testing];

export const BEHAVIOURAL_QUESTIONS = behavioural;

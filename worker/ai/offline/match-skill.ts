// Maps the skills a candidate typed to question banks, tolerating case, spacing and common aliases.
import { SKILL_BANKS, type SkillBank } from "./question-bank";

export interface ResolvedSkill {
  /** The catalog name for known skills ("Node.js"), the candidate's own spelling otherwise. */
  name: string;
  /** Null when no bank covers the skill; the planner then uses the general templates. */
  bank: SkillBank | null;
}

/** "Node.js", "node js" and "NodeJS" all become "nodejs"; "+" and "#" stay so C++ and C# differ. */
export function normalizeSkill(text: string): string {
  return text.toLowerCase().replace(/[\s._-]+/g, "");
}

const BANK_BY_ALIAS = new Map<string, SkillBank>(
  SKILL_BANKS.flatMap((bank) => [bank.skill, ...bank.aliases].map((alias) => [normalizeSkill(alias), bank] as const)),
);

export function findSkillBank(skill: string): SkillBank | null {
  return BANK_BY_ALIAS.get(normalizeSkill(skill)) ?? null;
}

/** Resolves each skill once: "TS" and "TypeScript" in the same list count as one skill. */
export function resolveSkills(skills: readonly string[]): ResolvedSkill[] {
  const seen = new Set<string>();
  const resolved: ResolvedSkill[] = [];
  for (const raw of skills) {
    const typed = raw.trim().replace(/\s+/g, " ");
    if (!typed) continue;
    const bank = findSkillBank(typed);
    const key = bank ? `bank:${bank.skill}` : `free:${normalizeSkill(typed)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    resolved.push({ name: bank?.skill ?? typed, bank });
  }
  return resolved;
}

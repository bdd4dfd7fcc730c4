// Helpers that turn the compact question lists into full questions, so each bank file stays pure data.
import type { PlannedQuestion } from "../types";

export interface QuestionEntry {
  id: string;
  text: string;
  talkingPoints: string[];
}

export interface SkillBank {
  /** The skill's display name, as the catalog offers it. */
  skill: string;
  /** Other spellings candidates type for the same skill; compared after normalizeSkill. */
  aliases: string[];
  questions: PlannedQuestion[];
}

export function skillBank(skill: string, aliases: string[], entries: QuestionEntry[]): SkillBank {
  return {
    skill,
    aliases,
    questions: entries.map((entry) => ({ ...entry, kind: "technical", skill })),
  };
}

export function behaviouralQuestions(entries: QuestionEntry[]): PlannedQuestion[] {
  return entries.map((entry) => ({ ...entry, kind: "behavioural" }));
}

export function roleQuestions(entries: QuestionEntry[]): PlannedQuestion[] {
  return entries.map((entry) => ({ ...entry, kind: "role" }));
}

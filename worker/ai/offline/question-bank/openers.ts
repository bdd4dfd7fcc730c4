// Easy opening questions about the candidate's background; {role} becomes the job title they entered.
import type { PlannedQuestion } from "../types";

export interface OpenerTemplate {
  id: string;
  /** Contains {role}. */
  text: string;
  talkingPoints: string[];
}

export const OPENER_TEMPLATES: readonly OpenerTemplate[] = [
  {
    id: "opener-01",
    text: "To get us started, could you tell me a little about your background and what draws you to the {role} role?",
    talkingPoints: ["current role", "years of experience", "main technologies", "recent project", "why this role"],
  },
  {
    id: "opener-02",
    text: "To start, could you walk me through your experience so far and how it has prepared you for the {role} role?",
    talkingPoints: ["career path", "relevant experience", "main technologies", "key achievement", "fit for the role"],
  },
  {
    id: "opener-03",
    text: "Before we get into specifics, could you give me a short overview of your career and the kind of work you enjoy most, with the {role} role in mind?",
    talkingPoints: ["career overview", "work you enjoy", "strengths", "recent project", "why this role"],
  },
  {
    id: "opener-04",
    text: "To start, tell me about a recent piece of work you're proud of and how it relates to the {role} role.",
    talkingPoints: ["the project", "your contribution", "technologies used", "impact", "relevance to the role"],
  },
];

/** Openers are asked as role questions: they are about the candidate's fit, not a skill. */
export function openerQuestion(template: OpenerTemplate, title: string): PlannedQuestion {
  const role = roleName(title);
  return {
    id: template.id,
    text: role ? template.text.replaceAll("{role}", role) : template.text.replaceAll("the {role} role", "this role"),
    kind: "role",
    talkingPoints: [...template.talkingPoints],
  };
}

// "Backend Engineer role" reads well; "Backend Engineer role role" does not.
function roleName(title: string): string {
  return title.trim().replace(/\s+(role|position)$/i, "");
}

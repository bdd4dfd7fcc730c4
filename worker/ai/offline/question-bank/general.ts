// Technical question templates for a skill the bank does not know; {skill} becomes the skill's name.
import type { PlannedQuestion } from "../types";

export interface QuestionTemplate {
  id: string;
  /** Contains {skill}; the planner substitutes the candidate's own spelling. */
  text: string;
  talkingPoints: string[];
}

export const GENERAL_TEMPLATES: readonly QuestionTemplate[] = [
  {
    id: "general-01",
    text: "Walk me through a project where you used {skill}. What problem were you solving, and what was your part in it?",
    talkingPoints: ["problem solved", "your role", "key decisions", "challenges", "outcome"],
  },
  {
    id: "general-02",
    text: "What are the core concepts someone needs to understand to be effective with {skill}?",
    talkingPoints: ["core concepts", "mental model", "common mistakes", "learning path"],
  },
  {
    id: "general-03",
    text: "What are the strengths and weaknesses of {skill} compared with the alternatives you know?",
    talkingPoints: ["strengths", "weaknesses", "alternatives", "trade-offs", "when to choose it"],
  },
  {
    id: "general-04",
    text: "Tell me about the hardest problem you've debugged involving {skill}. How did you track it down?",
    talkingPoints: ["symptoms", "reproduced it", "investigation", "root cause", "the fix"],
  },
  {
    id: "general-05",
    text: "What mistakes do you see people make most often with {skill}, and how do you avoid them?",
    talkingPoints: ["common mistakes", "consequences", "prevention", "code review", "best practices"],
  },
  {
    id: "general-06",
    text: "How do you test work that involves {skill}?",
    talkingPoints: ["unit tests", "integration tests", "automation", "edge cases", "tooling"],
  },
  {
    id: "general-07",
    text: "How do you keep code or systems built with {skill} maintainable as they grow?",
    talkingPoints: ["structure", "conventions", "documentation", "refactoring", "tests"],
  },
  {
    id: "general-08",
    text: "What performance considerations come up when working with {skill}, and how have you dealt with them?",
    talkingPoints: ["bottlenecks", "measurement", "profiling", "optimisation", "trade-offs"],
  },
  {
    id: "general-09",
    text: "What security concerns should someone keep in mind when working with {skill}?",
    talkingPoints: ["threats", "input validation", "access control", "secrets", "keeping up to date"],
  },
  {
    id: "general-10",
    text: "If you were helping a new teammate get started with {skill}, what would you teach them first, and why?",
    talkingPoints: ["fundamentals", "hands-on practice", "resources", "common pitfalls", "pairing"],
  },
  {
    id: "general-11",
    text: "How has {skill} changed over the time you've used it, and how do you keep up with it?",
    talkingPoints: ["recent changes", "release notes", "community", "experimentation", "adoption decisions"],
  },
  {
    id: "general-12",
    text: "Describe a time when {skill} was the wrong tool for the job. What did you do instead?",
    talkingPoints: ["the limitation", "how you recognised it", "alternative chosen", "trade-offs", "result"],
  },
  {
    id: "general-13",
    text: "Which tools, libraries or practices make you most productive with {skill}?",
    talkingPoints: ["tooling", "libraries", "automation", "workflow", "why they help"],
  },
  {
    id: "general-14",
    text: "How would you explain what {skill} is, and why it matters, to someone non-technical?",
    talkingPoints: ["plain language", "analogy", "business value", "concrete example"],
  },
  {
    id: "general-15",
    text: "When you have two reasonable ways to solve a problem with {skill}, how do you decide between them?",
    talkingPoints: ["requirements", "options compared", "trade-offs", "prototyping", "decision recorded"],
  },
  {
    id: "general-16",
    text: "What separates production-quality work with {skill} from a quick prototype?",
    talkingPoints: ["error handling", "testing", "monitoring", "documentation", "performance"],
  },
  {
    id: "general-17",
    text: "How do you handle errors and failures in systems that rely on {skill}?",
    talkingPoints: ["error handling", "logging", "retries", "user-facing messages", "monitoring"],
  },
  {
    id: "general-18",
    text: "Tell me about a time you improved an existing codebase or setup that used {skill}.",
    talkingPoints: ["initial problem", "changes made", "managing risk", "measured improvement", "lessons"],
  },
  {
    id: "general-19",
    text: "How does {skill} fit alongside the other technologies in a stack you've worked with?",
    talkingPoints: ["integration points", "interfaces", "data flow", "deployment", "dependencies"],
  },
  {
    id: "general-20",
    text: "What about {skill} did you find counter-intuitive at first, and how did you come to understand it?",
    talkingPoints: ["surprising behaviour", "misconception", "how you resolved it", "deeper understanding"],
  },
];

/** Fills a template for one skill; the id gains a slug of the skill so two skills never share an id. */
export function generalQuestion(template: QuestionTemplate, skill: string): PlannedQuestion {
  return {
    id: `${template.id}-${slug(skill)}`,
    text: template.text.replaceAll("{skill}", skill),
    kind: "technical",
    skill,
    talkingPoints: [...template.talkingPoints],
  };
}

// "C#" and "C++" must not collapse to the same slug, so their symbols are spelled out.
function slug(skill: string): string {
  const spelled = skill.toLowerCase().replaceAll("#", " sharp ").replaceAll("+", " plus ");
  return spelled.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "skill";
}

// The roles and skills the new-interview form offers. Free text is allowed too;
// these lists only make the common choices one click away.

export const ROLE_SUGGESTIONS = [
  "Junior Developer",
  "Senior Developer",
  "Full Stack Developer",
  "Frontend Developer",
  "Backend Developer",
  "System Architect",
  "Technical Lead",
] as const;

export const SKILL_SUGGESTIONS = [
  "JavaScript",
  "TypeScript",
  "React",
  "Node.js",
  "Python",
  "SQL",
  "System Design",
  "Testing",
] as const;

export const DEFAULT_QUESTION_COUNT = 5;

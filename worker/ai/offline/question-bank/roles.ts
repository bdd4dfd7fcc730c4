// Role-specific questions, grouped by the kind of role; a free-text job title picks groups by keyword.
import type { PlannedQuestion } from "../types";
import { roleQuestions } from "./define";

export type RoleGroupId = "junior" | "senior" | "fullstack" | "frontend" | "backend" | "architect" | "techlead";

export interface RoleGroup {
  id: RoleGroupId;
  /** Words or phrases that identify the group in a title; compared after normalizeTitle. */
  keywords: string[];
  questions: PlannedQuestion[];
}

export const ROLE_GROUPS: readonly RoleGroup[] = [
  {
    id: "junior",
    keywords: ["junior", "jr", "graduate", "grad", "entry level", "intern", "internship", "trainee", "apprentice"],
    questions: roleQuestions([
      {
        id: "role-junior-01",
        text: "What have you built recently, at work or on your own, that taught you the most?",
        talkingPoints: ["the project", "technologies used", "biggest challenge", "what you learned", "what you'd do next"],
      },
      {
        id: "role-junior-02",
        text: "When you've been stuck on a problem for a while, how do you go about getting unstuck?",
        talkingPoints: ["time-box", "debugging steps", "documentation", "ask for help", "explain what you tried"],
      },
      {
        id: "role-junior-03",
        text: "How do you like to receive feedback on your code, and how do you act on it?",
        talkingPoints: ["code review", "asking questions", "applying feedback", "not taking it personally", "improvement"],
      },
      {
        id: "role-junior-04",
        text: "How do you keep learning and improving as a developer beyond the tasks you're assigned?",
        talkingPoints: ["side projects", "reading", "courses", "practice", "applying it at work"],
      },
      {
        id: "role-junior-05",
        text: "Imagine you're given a ticket in a part of the codebase you've never seen. How would you approach it?",
        talkingPoints: ["read the code", "run it locally", "existing tests", "ask questions", "small changes"],
      },
      {
        id: "role-junior-06",
        text: "What does a good pull request look like to you?",
        talkingPoints: ["small scope", "clear description", "tests", "self-review", "responsive to comments"],
      },
    ]),
  },
  {
    id: "senior",
    keywords: ["senior", "sr", "staff", "principal"],
    questions: roleQuestions([
      {
        id: "role-senior-01",
        text: "How do you approach mentoring less experienced engineers on your team?",
        talkingPoints: ["pairing", "code review as teaching", "delegating ownership", "psychological safety", "growth goals"],
      },
      {
        id: "role-senior-02",
        text: "How do you decide when a piece of work is good enough to ship, and when it needs more time?",
        talkingPoints: ["risk", "reversibility", "user impact", "test coverage", "follow-up work"],
      },
      {
        id: "role-senior-03",
        text: "How would you lead the technical design of a feature that spans several teams?",
        talkingPoints: ["design document", "stakeholders", "interfaces between teams", "trade-offs", "milestones"],
      },
      {
        id: "role-senior-04",
        text: "How do you influence technical direction when you don't have formal authority?",
        talkingPoints: ["evidence", "prototypes", "building consensus", "written proposals", "listening"],
      },
      {
        id: "role-senior-05",
        text: "How do you keep technical debt under control in a codebase you're responsible for?",
        talkingPoints: ["track the debt", "prioritise by impact", "incremental refactoring", "business case", "leave code better"],
      },
      {
        id: "role-senior-06",
        text: "What does a healthy code review culture look like, and how have you helped build one?",
        talkingPoints: ["timely reviews", "kind and specific comments", "automate style checks", "shared standards", "knowledge sharing"],
      },
    ]),
  },
  {
    id: "fullstack",
    keywords: ["full stack", "fullstack"],
    questions: roleQuestions([
      {
        id: "role-fullstack-01",
        text: "How do you decide whether a piece of logic belongs on the client or on the server?",
        talkingPoints: ["security", "validation on the server", "performance", "user experience", "single source of truth"],
      },
      {
        id: "role-fullstack-02",
        text: "Walk me through what happens from a button click in the browser to the database and back again.",
        talkingPoints: ["HTTP request", "API layer", "authentication", "database query", "rendering the response", "error handling"],
      },
      {
        id: "role-fullstack-03",
        text: "How do you design the API contract between frontend and backend so both sides can move quickly?",
        talkingPoints: ["shared schema", "versioning", "error format", "pagination", "mocking"],
      },
      {
        id: "role-fullstack-04",
        text: "How do you keep authentication secure across a web frontend and its backend?",
        talkingPoints: ["HttpOnly cookies", "CSRF", "token storage", "session expiry", "HTTPS"],
      },
      {
        id: "role-fullstack-05",
        text: "When a page is slow, how do you work out whether the problem is in the frontend, the network, or the backend?",
        talkingPoints: ["browser devtools", "network waterfall", "server timing", "database queries", "profiling"],
      },
      {
        id: "role-fullstack-06",
        text: "How do you stay effective across the whole stack without becoming shallow everywhere?",
        talkingPoints: ["depth in core areas", "fundamentals", "working with specialists", "learning plan", "T-shaped"],
      },
    ]),
  },
  {
    id: "frontend",
    keywords: ["frontend", "front end", "ui engineer", "ui developer"],
    questions: roleQuestions([
      {
        id: "role-frontend-01",
        text: "What do the Core Web Vitals measure, and how have you improved them on a real site?",
        talkingPoints: ["LCP", "INP", "CLS", "image optimisation", "lazy loading", "field measurement"],
      },
      {
        id: "role-frontend-02",
        text: "How do you make sure an interface works well for keyboard and screen reader users?",
        talkingPoints: ["semantic HTML", "focus management", "ARIA", "keyboard navigation", "testing with a screen reader"],
      },
      {
        id: "role-frontend-03",
        text: "How do you approach building layouts that work well across phones, tablets and desktops?",
        talkingPoints: ["mobile first", "flexbox and grid", "media queries", "fluid units", "real device testing"],
      },
      {
        id: "role-frontend-04",
        text: "How do you organise CSS in a large application so that styles don't clash?",
        talkingPoints: ["CSS modules", "utility classes", "design tokens", "naming conventions", "specificity"],
      },
      {
        id: "role-frontend-05",
        text: "How would you build and maintain a shared component library or design system?",
        talkingPoints: ["design tokens", "accessibility", "documentation", "versioning", "working with designers"],
      },
      {
        id: "role-frontend-06",
        text: "What happens in the browser between receiving the HTML and showing a fully rendered, interactive page?",
        talkingPoints: ["parsing HTML", "CSSOM", "render-blocking resources", "layout", "paint", "JavaScript execution"],
      },
    ]),
  },
  {
    id: "backend",
    keywords: ["backend", "back end", "server side", "api developer", "api engineer"],
    questions: roleQuestions([
      {
        id: "role-backend-01",
        text: "How do you design a REST API that can evolve without breaking existing clients?",
        talkingPoints: ["versioning", "backwards compatibility", "additive changes", "consistent errors", "deprecation"],
      },
      {
        id: "role-backend-02",
        text: "How do you handle authentication and authorisation in a backend service?",
        talkingPoints: ["authentication", "authorisation", "roles or permissions", "tokens", "least privilege"],
      },
      {
        id: "role-backend-03",
        text: "How do you keep a backend service working when its database or another dependency fails?",
        talkingPoints: ["timeouts", "retries", "circuit breaker", "graceful degradation", "health checks"],
      },
      {
        id: "role-backend-04",
        text: "How do you decide what to cache in a backend system, and where to cache it?",
        talkingPoints: ["hot data", "cache invalidation", "TTL", "in-memory or distributed", "consistency"],
      },
      {
        id: "role-backend-05",
        text: "What would you put in place before a new backend service goes into production?",
        talkingPoints: ["logging", "metrics and alerts", "health checks", "load testing", "runbook", "rollback"],
      },
      {
        id: "role-backend-06",
        text: "How do you approach data modelling for a new backend feature?",
        talkingPoints: ["entities and relationships", "access patterns", "constraints", "indexes", "migrations"],
      },
    ]),
  },
  {
    id: "architect",
    keywords: ["architect", "architecture"],
    questions: roleQuestions([
      {
        id: "role-architect-01",
        text: "How do you document and communicate architecture decisions so they are understood and remembered?",
        talkingPoints: ["architecture decision records", "diagrams", "context and consequences", "audience", "keeping them current"],
      },
      {
        id: "role-architect-02",
        text: "How do you evaluate a new technology before recommending it to the organisation?",
        talkingPoints: ["proof of concept", "maturity", "team skills", "cost", "exit strategy"],
      },
      {
        id: "role-architect-03",
        text: "How do you balance a long-term architectural vision with teams that need to ship now?",
        talkingPoints: ["incremental evolution", "guardrails", "fitness functions", "trade-offs", "stakeholders"],
      },
      {
        id: "role-architect-04",
        text: "How do you identify service boundaries when breaking up a monolith?",
        talkingPoints: ["domain-driven design", "bounded contexts", "data ownership", "strangler fig", "coupling"],
      },
      {
        id: "role-architect-05",
        text: "How do requirements like security, scalability and cost shape the architectures you design?",
        talkingPoints: ["quality attributes", "trade-offs", "measurable targets", "threat modelling", "cost"],
      },
      {
        id: "role-architect-06",
        text: "Tell me about an architecture you designed that you would do differently today.",
        talkingPoints: ["original context", "key decisions", "what went wrong", "what you'd change", "lessons"],
      },
    ]),
  },
  {
    id: "techlead",
    // "lead" alone covers tech, team and engineering leads, and titles such as "Frontend Lead".
    keywords: ["lead", "leader"],
    questions: roleQuestions([
      {
        id: "role-techlead-01",
        text: "How do you balance hands-on coding with leading a team?",
        talkingPoints: ["time allocation", "unblocking others", "stay off the critical path", "code reviews", "delegation"],
      },
      {
        id: "role-techlead-02",
        text: "How do you break down a large project and plan it with your team?",
        talkingPoints: ["milestones", "estimation", "risks first", "dependencies", "incremental delivery"],
      },
      {
        id: "role-techlead-03",
        text: "How do you handle a team member who is consistently underperforming?",
        talkingPoints: ["early conversation", "clear expectations", "support", "regular feedback", "escalation"],
      },
      {
        id: "role-techlead-04",
        text: "How do you communicate technical risks and trade-offs to product managers and other stakeholders?",
        talkingPoints: ["business impact", "options", "plain language", "written summaries", "early warning"],
      },
      {
        id: "role-techlead-05",
        text: "How do you build a team culture where people feel safe raising problems early?",
        talkingPoints: ["psychological safety", "blameless postmortems", "lead by example", "one-to-ones", "act on feedback"],
      },
      {
        id: "role-techlead-06",
        text: "How do you keep engineering standards consistent as your team grows?",
        talkingPoints: ["coding standards", "automation", "code review", "documentation", "onboarding"],
      },
    ]),
  },
];

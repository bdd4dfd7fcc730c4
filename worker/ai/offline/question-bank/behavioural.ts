// Behavioural questions: past situations answered in STAR form (situation, task, action, result).
import { behaviouralQuestions } from "./define";

export const behavioural = behaviouralQuestions([
  {
    id: "beh-01",
    text: "Tell me about a time you disagreed with a technical decision your team made. What did you do?",
    talkingPoints: ["the disagreement", "evidence or data", "listened to others", "compromise", "outcome", "working relationship"],
  },
  {
    id: "beh-02",
    text: "Describe a project that didn't go to plan. What happened, and what did you learn from it?",
    talkingPoints: ["what went wrong", "your responsibility", "actions you took", "result", "lesson learned"],
  },
  {
    id: "beh-03",
    text: "Tell me about a time you had to deliver something under a tight deadline.",
    talkingPoints: ["the deadline", "prioritised scope", "communicated trade-offs", "delivered", "result"],
  },
  {
    id: "beh-04",
    text: "Give me an example of a time you received difficult feedback. How did you respond?",
    talkingPoints: ["the feedback", "initial reaction", "changed your approach", "result", "learned"],
  },
  {
    id: "beh-05",
    text: "Tell me about a time you helped a colleague grow or get unstuck.",
    talkingPoints: ["colleague's challenge", "mentoring", "pairing", "their progress", "outcome"],
  },
  {
    id: "beh-06",
    text: "Describe a time you had to learn a new technology quickly to get something done.",
    talkingPoints: ["why it was needed", "learning approach", "documentation", "applied it", "outcome"],
  },
  {
    id: "beh-07",
    text: "Tell me about a production bug or incident you were involved in resolving.",
    talkingPoints: ["impact", "investigation", "root cause", "the fix", "prevented recurrence", "postmortem"],
  },
  {
    id: "beh-08",
    text: "Describe a situation where the requirements were unclear. How did you move forward?",
    talkingPoints: ["ambiguity", "asked questions", "stakeholders", "prototype", "documented assumptions", "outcome"],
  },
  {
    id: "beh-09",
    text: "Tell me about a time you pushed back on a request from a manager or stakeholder.",
    talkingPoints: ["the request", "your concerns", "alternative proposed", "respectful", "outcome"],
  },
  {
    id: "beh-10",
    text: "Give me an example of a time you improved a process or workflow for your team.",
    talkingPoints: ["problem noticed", "took initiative", "team buy-in", "change made", "measurable improvement"],
  },
  {
    id: "beh-11",
    text: "Tell me about a mistake you made at work and how you handled it.",
    talkingPoints: ["owned the mistake", "impact", "fixed it", "communicated", "prevention", "learned"],
  },
  {
    id: "beh-12",
    text: "Describe a time you had to balance paying down technical debt against delivering new features.",
    talkingPoints: ["technical debt", "business case", "prioritisation", "incremental approach", "outcome"],
  },
  {
    id: "beh-13",
    text: "Tell me about a time you worked with a difficult teammate or stakeholder.",
    talkingPoints: ["the situation", "understood their view", "communication", "common ground", "result"],
  },
  {
    id: "beh-14",
    text: "Describe the piece of work you are most proud of, and why.",
    talkingPoints: ["the challenge", "your contribution", "key decisions", "impact", "why you are proud"],
  },
  {
    id: "beh-15",
    text: "Tell me about a time you had to explain a complex technical topic to a non-technical audience.",
    talkingPoints: ["the audience", "simplified", "analogy", "checked understanding", "outcome"],
  },
  {
    id: "beh-16",
    text: "Tell me about a time you had to make a decision without all the information you wanted.",
    talkingPoints: ["missing information", "assessed the risk", "reversible decision", "the decision", "outcome", "revisited it"],
  },
  {
    id: "beh-17",
    text: "Describe a time you took ownership of something outside your formal responsibilities.",
    talkingPoints: ["gap you noticed", "took initiative", "collaboration", "result", "what you learned"],
  },
  {
    id: "beh-18",
    text: "Tell me about a time you had several competing priorities. How did you decide what to do first?",
    talkingPoints: ["competing priorities", "impact and urgency", "stakeholder communication", "said no", "outcome"],
  },
  {
    id: "beh-19",
    text: "Describe a code review where you and the author saw things differently. How was it resolved?",
    talkingPoints: ["the disagreement", "reasoning", "tone", "resolution", "what changed afterwards"],
  },
  {
    id: "beh-20",
    text: "Tell me about a time you significantly improved the performance or reliability of a system.",
    talkingPoints: ["baseline measurement", "bottleneck", "change made", "metrics improved", "verified"],
  },
  {
    id: "beh-21",
    text: "Describe a time when communication in your team was breaking down. What did you do about it?",
    talkingPoints: ["symptoms", "root cause", "action taken", "new habits or tools", "result"],
  },
  {
    id: "beh-22",
    text: "Tell me about a time you couldn't meet a commitment you had made. What happened?",
    talkingPoints: ["the commitment", "why it slipped", "communicated early", "recovery", "learned"],
  },
  {
    id: "beh-23",
    text: "Tell me about a time you had to get up to speed on a large, unfamiliar codebase.",
    talkingPoints: ["your approach", "reading code", "asking questions", "first contribution", "time to productivity"],
  },
  {
    id: "beh-24",
    text: "Describe a situation where you stood up for users or for quality when it wasn't the easy choice.",
    talkingPoints: ["user impact", "evidence", "persuasion", "trade-off", "outcome"],
  },
]);

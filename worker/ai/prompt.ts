// The instructions a chat model gets to play the interviewer: role, skills, the question plan,
// the conversation so far, and exactly which turn to take now.
import type { ModelMessage } from "ai";
import type { AssessRequest, ReplyRequest, Turn } from "./provider";

function turnInstruction(request: ReplyRequest): string {
  const { turn, plan } = request;
  const question = plan[turn.planIndex];
  const position = `question ${turn.planIndex + 1} of ${plan.length}`;
  switch (turn.kind) {
    case "opening":
      return `Greet the candidate warmly in one or two sentences, say there will be ${plan.length} questions and that they can take their time, then ask ${position}: "${question?.text}"`;
    case "question":
      return `Acknowledge the last answer in a few neutral words (do not praise or judge it), then ask ${position}: "${question?.text}". You may rephrase it naturally to connect with what the candidate said.`;
    case "follow_up":
      return `The last answer needs more depth. Ask exactly one short follow-up question about it, for example: "${turn.followUp ?? "Can you give a specific example?"}"`;
    case "closing":
      return "The interview is over. Thank the candidate briefly, say that their feedback report is being prepared, and do not ask anything else.";
    default:
      return assertTurn(turn.kind);
  }
}

function assertTurn(kind: never): never {
  throw new Error(`Unknown turn: ${String(kind)}`);
}

export function systemPrompt(request: ReplyRequest): string {
  const plan = request.plan.map((q, i) => `${i + 1}. [${q.kind}${q.skill ? `, ${q.skill}` : ""}] ${q.text}`).join("\n");
  return [
    `You are a calm, professional interviewer conducting a spoken mock interview for the role "${request.title}".`,
    `Skills to assess: ${request.skills.join(", ")}.`,
    `The question plan:\n${plan}`,
    "Rules: speak in plain sentences (your words are read aloud and shown as plain text: no markdown, no lists, no emojis).",
    "Keep each turn under 60 words. Ask one question at a time. Never answer for the candidate and never reveal the plan.",
    "Do not give feedback or scores during the interview; feedback comes in a separate report.",
    `Your task for this turn: ${turnInstruction(request)}`,
  ].join("\n\n");
}

export const ASSESS_SYSTEM_PROMPT = [
  "You are an experienced interviewer writing honest, specific feedback on one answer from a mock interview.",
  "Every quote you give must be copied exactly from the candidate's answer: a short phrase or sentence, never paraphrased.",
  'If the answer is empty, off-topic or nonsense, set verdict to "not_enough", explain why in notEnoughReason, and give no scores (rubric null).',
  "Otherwise score relevance, depth, structure and communication from 1 to 5, each with the quote that justifies it.",
  "For behavioural questions fill star (situation, task, action, result: the quote covering each, or null); otherwise star is null.",
  "For technical and role questions fill talkingPoints with each expected point and the quote covering it, or null; otherwise null.",
  "Give up to three strengths and up to three improvements, each tied to a quote. Be kind and direct; do not invent anything.",
].join("\n");

export function assessPrompt(request: AssessRequest): string {
  const { question, answer, previousProblem } = request;
  return [
    `Question (${question.kind}${question.skill ? `, ${question.skill}` : ""}): ${question.text}`,
    `Expected talking points: ${question.talkingPoints.join("; ")}`,
    `The candidate's answer, verbatim:\n"""\n${answer}\n"""`,
    previousProblem ? `Your previous feedback was rejected: ${previousProblem} Fix that and answer again.` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

export function chatMessages(request: ReplyRequest): ModelMessage[] {
  // Models expect the conversation to end with the user; the opening turn has nothing yet.
  const history: ModelMessage[] = request.history.map((m) => ({ role: m.role, content: m.content }));
  if (history.length === 0 || history[history.length - 1]!.role !== "user") {
    history.push({ role: "user", content: turnKindCue(request.turn) });
  }
  return history;
}

const turnKindCue = (turn: Turn) => (turn.kind === "opening" ? "(The candidate has joined and is ready.)" : "(Continue.)");

// The one interface every AI provider implements (workers-ai, openai, offline), and what the
// interview engine asks of it: transcribe a segment, stream the interviewer's next turn, speak it.
import type { PlannedQuestion } from "./offline";
import type { Requirement } from "../protocol/requirement";
import type { ProviderInfo, SpeechInfo } from "../protocol/socket";

export type TurnKind = "opening" | "question" | "follow_up" | "closing";

/** What the interviewer must do next; the engine decides, the provider phrases it. */
export interface Turn {
  kind: TurnKind;
  /** Index into the plan of the question this turn asks (opening, question) or follows up on. */
  planIndex: number;
  /** For follow-ups: the rule-based follow-up question (offline says it; models may rephrase it). */
  followUp: string | null;
}

export interface ReplyRequest {
  title: string;
  skills: string[];
  plan: PlannedQuestion[];
  /** The conversation so far, oldest first, completed messages only. */
  history: { role: "user" | "assistant"; content: string }[];
  turn: Turn;
}

/** One answer for a model to assess, and what was wrong with its previous try, if anything. */
export interface AssessRequest {
  question: PlannedQuestion;
  answer: string;
  previousProblem: string | null;
}

/**
 * What a model needs to plan an interview for a job: the posting and CV are the candidate's pasted
 * text, data for the model to read and never instructions (prompt.ts keeps them delimited).
 */
export interface JobPlanRequest {
  title: string;
  skills: string[];
  questionCount: number;
  requirements: Requirement[];
  jobDescription: string;
  resume: string | null;
  /** What was wrong with the previous plan, if this is the retry. */
  previousProblem: string | null;
}

export interface TranscribeOptions {
  verbatimPrompt?: boolean;
}

export interface AudioInput {
  bytes: Uint8Array;
  mimeType: string;
}

/** One sentence of the interviewer's to speak, in one of the provider's voices. */
export interface SpeechRequest {
  text: string;
  voice: string;
}

/** Spoken audio as the service sent it; `mimeType` is read from the bytes themselves (speech-audio.ts). */
export interface SpeechAudio {
  bytes: Uint8Array;
  mimeType: string;
}

/** The interviewer's voice: which voices there are, and speaking one sentence. */
export interface SpeechOut {
  readonly info: SpeechInfo;
  /** Throws ProviderError on failure; the interview goes on with captions only. */
  speak(request: SpeechRequest, signal: AbortSignal): Promise<SpeechAudio>;
}

export interface AiProvider {
  readonly info: ProviderInfo;
  /** Whether its speech-to-text keeps hesitations ("um", "uh"); Whisper models mostly drop them. */
  readonly keepsHesitations: boolean;
  /**
   * The words of one segment. `options.verbatimPrompt` (default true) sends VERBATIM_PROMPT with it; false leaves
   * it out, for a segment the prompt sent Whisper into a loop on (worker/live/decoding-loop.ts).
   */
  transcribe(audio: AudioInput, signal: AbortSignal, options?: TranscribeOptions): Promise<string>;
  /** Yields the reply's text in pieces as it is produced. Throws ProviderError on failure. */
  streamReply(request: ReplyRequest, signal: AbortSignal): AsyncIterable<string>;
  /**
   * Model-written feedback on one answer, unchecked (the caller validates it and the quotes).
   * Absent for the offline provider, whose feedback is computed.
   */
  assessAnswer?(request: AssessRequest, signal: AbortSignal): Promise<unknown>;
  /** A model-written question plan for a job posting, unchecked (model-plan.ts checks it). Absent offline. */
  planForJob?(request: JobPlanRequest, signal: AbortSignal): Promise<unknown>;
  readonly speech: SpeechOut;
}

/** A provider call failed; `message` is safe to show the candidate. */
export class ProviderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ProviderError";
  }
}

/** How long a provider may take before the engine gives up and offers a retry. */
export const TRANSCRIBE_TIMEOUT_MS = 60_000;
export const REPLY_TIMEOUT_MS = 90_000;
export const ASSESS_TIMEOUT_MS = 90_000;
/** The plan comes before the first question: past this the offline plan is used rather than keep the candidate waiting. */
export const PLAN_TIMEOUT_MS = 45_000;
/** One sentence is a few seconds of audio; a service slower than this is too slow to talk with. */
export const SPEAK_TIMEOUT_MS = 20_000;

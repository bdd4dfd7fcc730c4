// The shape of one interview question, shared by the question bank, the planner and the follow-ups.

export type QuestionKind = "technical" | "behavioural" | "role";

export interface PlannedQuestion {
  /** Stable across releases, so stored plans and scores keep pointing at the same question. */
  id: string;
  /** Read aloud and shown as plain text: no markdown, no code. */
  text: string;
  kind: QuestionKind;
  /** The skill as the candidate will see it; set on technical questions only. */
  skill?: string;
  /** 3-6 short phrases a strong answer covers, most central first; answers are scored against them. */
  talkingPoints: string[];
  /** The id of the job posting's requirement this question probes ("r3"), when the interview has a posting. */
  requirementId?: string;
}

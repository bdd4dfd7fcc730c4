// Attempts at single questions from a finished interview's report. An attempt is an answer like any
// other (spoken or typed, stored and transcribed the same way) but it stays apart from the interview:
// it never moves the conversation on, and it is scored on its own, with the same feedback the report gives.
import type { PlannedQuestion } from "../ai/offline";
import { ProviderError } from "../ai/provider";
import { answersByQuestion } from "../feedback/answers-by-question";
import { ReportFailed } from "../feedback/model-feedback";
import { feedbackOn } from "../feedback/report-writer";
import { ATTEMPTS_PER_QUESTION_MAX } from "../protocol/audio";
import { isAttemptOpen } from "../protocol/socket";
import type { MessageRecord } from "../storage/live-storage";
import { describeFailure, type EngineContext } from "./context";
import { refuse } from "./frame-refused";
import { parseTurn } from "./turns";

export class Attempts {
  /** Attempts being scored now; only de-duplicates work within this instance. */
  private readonly scoring = new Set<string>();

  constructor(private readonly context: EngineContext) {}

  /** Refuses unless the interview is finished, the question was asked in it, and no other attempt is open. */
  requireAllowed(interviewId: string, questionId: string): void {
    const { users, live } = this.context;
    const interview = users.readInterview(interviewId);
    if (!interview) refuse("not_found", "No such interview.");
    if (interview!.status !== "completed") refuse("not_ready", "A question can be tried again once the interview is finished.");
    if (!this.askedQuestions(interviewId).some((q) => q.id === questionId)) {
      refuse("not_found", "That question was not asked in this interview.");
    }
    const attempts = live.listAttempts(interviewId);
    if (attempts.some(isAttemptOpen)) refuse("busy", "Another attempt is still in progress. Finish or discard it first.");
    if (attempts.filter((a) => a.attemptOf === questionId).length >= ATTEMPTS_PER_QUESTION_MAX) {
      refuse("limit_reached", `You have tried this question ${ATTEMPTS_PER_QUESTION_MAX} times. Practise it again in a new interview.`);
    }
  }

  /** Scores a complete attempt in the background and sends its feedback to every tab. */
  score(attempt: MessageRecord): void {
    if (this.scoring.has(attempt.messageId)) return;
    this.scoring.add(attempt.messageId);
    this.context.background(
      `score attempt ${attempt.messageId}`,
      this.produce(attempt).finally(() => this.scoring.delete(attempt.messageId)),
    );
  }

  /** After a restart: attempts whose scoring was cut off are scored again. */
  recover(): void {
    for (const attempt of this.context.live.unscoredAttempts()) this.score(attempt);
  }

  private askedQuestions(interviewId: string): PlannedQuestion[] {
    const { live } = this.context;
    const plan = live.readPlan(interviewId) ?? [];
    const transcript = live.listMessages(interviewId).map((m) => ({ ...m, turn: parseTurn(m) }));
    return answersByQuestion(plan, transcript).map((answered) => answered.question);
  }

  private async produce(attempt: MessageRecord): Promise<void> {
    const { live, emit, provider } = this.context;
    const { interviewId, messageId } = attempt;
    const question = this.askedQuestions(interviewId).find((q) => q.id === attempt.attemptOf);
    try {
      if (!question) throw new ReportFailed("This question is no longer part of the interview.");
      const feedback = await feedbackOn(provider(), question, attempt.content.trim(), attempt.metrics);
      // The interview (and the attempt with it) may have been deleted while the model worked.
      if (!live.readMessage(messageId)) return;
      live.setFeedback(messageId, feedback);
      emit(interviewId, { type: "message_feedback", messageId, feedback });
    } catch (error) {
      console.warn("attempt scoring failed", messageId, describeFailure(error));
      if (!live.readMessage(messageId)) return;
      const reason = error instanceof ReportFailed || error instanceof ProviderError ? error.message : "This attempt could not be scored.";
      const text = `${reason} Your answer is saved: try again, or discard it and answer again.`;
      live.setMessageState(messageId, "failed", text);
      emit(interviewId, { type: "message_status", messageId, status: "failed", error: text });
    }
  }
}

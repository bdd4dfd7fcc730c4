// Produces the interviewer's turns: builds the request for the provider, streams the reply into
// a stored message (flushing every few dozen milliseconds), and closes the interview after the last turn.
import { modelPlan } from "../ai/model-plan";
import { planQuestions, type PlannedQuestion } from "../ai/offline";
import { REPLY_TIMEOUT_MS, ProviderError, type ReplyRequest, type Turn } from "../ai/provider";
import type { Requirement } from "../protocol/requirement";
import { toLiveMessage, type MessageRecord } from "../storage/live-storage";
import { describeFailure, type EngineContext } from "./context";
import { finishInterview } from "./finish";
import { Speaker, voiceFor } from "./speaker";
import { SpeculativeReply } from "./speculation";
import { nextTurn, parseTurn } from "./turns";

/** Deltas are batched: a stored event per token would be wasteful, a long wait would feel slow. */
const FLUSH_MS = 50;

/** The turn due after `conversation` (complete messages, oldest first), or null. */
const turnAfter = (plan: PlannedQuestion[], conversation: MessageRecord[]): Turn | null =>
  nextTurn(plan, conversation.map((m) => ({ ...m, turn: parseTurn(m) })));

/** The conversation as the provider is given it: complete messages, without the room's own notes. */
const historyOf = (messages: MessageRecord[]): ReplyRequest["history"] =>
  messages.filter((m) => m.role !== "system").map((m) => ({ role: m.role as "user" | "assistant", content: m.content }));

export class Interviewer {
  private readonly busy = new Set<string>();
  /** Replies being produced, by message id: withdraw() stops one. */
  private readonly producing = new Map<string, AbortController>();
  private readonly speaker: Speaker;
  /** By interview: the reply composed ahead for its answer still being recorded (speculation.ts), at most one. */
  private readonly ahead = new Map<string, SpeculativeReply>();

  constructor(private readonly context: EngineContext) {
    this.speaker = new Speaker(context);
  }

  /**
   * The interview's plan, made once and stored. For a job posting with a model provider the model
   * writes it (model-plan.ts) in the background: null until then, and the first turn follows once it
   * is stored. Otherwise, and whenever the model's plan does not hold up, the offline plan, which
   * ties questions to the posting's requirements too.
   */
  plan(interviewId: string): PlannedQuestion[] | null {
    const { live, users, provider } = this.context;
    const stored = live.readPlan(interviewId);
    if (stored) return stored;
    if (this.busy.has(interviewId)) return null;
    const interview = users.readInterview(interviewId)!;
    const job = users.readJobPosting(interviewId);
    const offline = () =>
      planQuestions({
        title: interview.title,
        skills: interview.skills,
        questionCount: interview.questionCount,
        seed: interviewId,
        requirements: job.requirements,
        resume: job.resume,
      });
    const model = provider();
    if (!model.planForJob || !job.jobDescription || job.requirements.length === 0) {
      const plan = offline();
      live.savePlan(interviewId, plan);
      return plan;
    }
    const request = {
      title: interview.title,
      skills: interview.skills,
      questionCount: interview.questionCount,
      requirements: job.requirements,
      jobDescription: job.jobDescription,
      resume: job.resume,
    };
    this.busy.add(interviewId);
    this.context.background(
      `plan ${interviewId}`,
      modelPlan(model, request)
        .catch((error: unknown) => {
          console.warn("plan failed", interviewId, describeFailure(error));
          return null;
        })
        .then((planned) => {
          if (!live.readPlan(interviewId) && users.readInterview(interviewId)) live.savePlan(interviewId, planned ?? offline());
        })
        .finally(() => {
          this.busy.delete(interviewId);
          this.takeNextTurn(interviewId);
        }),
    );
    return null;
  }

  /** The requirement the question a turn asks probes, so the room can say so; follow-ups and the close do not repeat it. */
  private probedBy(interviewId: string, plan: PlannedQuestion[], turn: Turn): Requirement | undefined {
    const id = turn.kind === "opening" || turn.kind === "question" ? plan[turn.planIndex]?.requirementId : undefined;
    return id ? this.context.users.readJobPosting(interviewId).requirements.find((r) => r.id === id) : undefined;
  }

  /**
   * The interview's complete messages, oldest first, with `answer` (one still being recorded) counted as complete
   * with the words given: a reply composed ahead is asked for exactly as the one committed later would be.
   */
  private completed(interviewId: string, answer?: { messageId: string; content: string }): MessageRecord[] {
    return this.context.live
      .listMessages(interviewId)
      .flatMap((m) => (m.messageId === answer?.messageId ? [{ ...m, content: answer.content }] : m.status === "complete" ? [m] : []));
  }

  /** Takes the next turn unless one is already being produced or the interview is over. */
  takeNextTurn(interviewId: string): void {
    const interview = this.context.users.readInterview(interviewId);
    if (!interview || interview.status !== "in_progress" || this.busy.has(interviewId)) return;
    const messages = this.context.live.listMessages(interviewId);
    const last = messages[messages.length - 1];
    // Only a finished answer (or an empty room) calls for a new turn; a failed reply waits for its retry.
    if (last && !(last.role === "user" && last.status === "complete")) return;
    const plan = this.plan(interviewId);
    if (!plan) return;
    const turn = turnAfter(plan, this.completed(interviewId));
    if (!turn) return;
    // Composed ahead from these very words, for this very turn: committed now.
    const ahead = this.ahead.get(interviewId);
    this.ahead.delete(interviewId);
    const committed = ahead?.usable && ahead.answerId === last?.messageId && ahead.content === last.content && JSON.stringify(ahead.turn) === JSON.stringify(turn) ? ahead : null;
    if (ahead !== committed) ahead?.abort();
    const requirement = this.probedBy(interviewId, plan, turn);
    const message: MessageRecord = {
      messageId: crypto.randomUUID(),
      interviewId,
      role: "assistant",
      content: "",
      timestamp: this.context.now(),
      status: "streaming",
      kind: "text",
      error: null,
      turn: JSON.stringify(turn),
      mimeType: null,
      segmentCount: null,
      metrics: null,
      longPausesMs: null,
      speech: null,
      attemptOf: null,
      feedback: null,
      ...(requirement ? { requirement } : {}),
    };
    this.context.live.insertMessage(message);
    this.context.emit(interviewId, { type: "message_added", message: toLiveMessage(message) });
    this.stream(message, turn, committed);
  }

  /**
   * The words of `answerId`, still being recorded or transcribed, read as finished: the next line is composed ahead
   * from `content` (speculation.ts), replacing one composed from other words. Nothing is stored or sent.
   */
  composeAhead(interviewId: string, answerId: string, content: string): void {
    const current = this.ahead.get(interviewId);
    if (current?.answerId === answerId && current.content === content) return;
    this.dropAhead(interviewId);
    const interview = this.context.users.readInterview(interviewId);
    // A turn being produced, or a plan still being made, leaves nothing to compose ahead.
    const plan = this.context.live.readPlan(interviewId);
    if (!interview || interview.status !== "in_progress" || this.busy.has(interviewId) || !plan) return;
    const conversation = this.completed(interviewId, { messageId: answerId, content });
    const turn = turnAfter(plan, conversation);
    if (!turn) return;
    const request = { title: interview.title, skills: interview.skills, plan, history: historyOf(conversation), turn };
    const provider = this.context.provider();
    const voice = voiceFor(this.context, interviewId, provider.speech);
    this.ahead.set(interviewId, new SpeculativeReply(answerId, content, turn, (signal) => provider.streamReply(request, signal), provider.speech, voice));
  }

  /** Throws away the line composed ahead for the interview's answer, if any: its words changed, or it goes on. */
  dropAhead(interviewId: string, answerId?: string): void {
    const current = this.ahead.get(interviewId);
    if (!current || (answerId !== undefined && current.answerId !== answerId)) return;
    current.abort();
    this.ahead.delete(interviewId);
  }

  /** After a restart: the newest lines finish being spoken. */
  recover(): void {
    this.speaker.resumeAll();
  }

  /** Produces a failed interviewer message again, from scratch. */
  retry(message: MessageRecord): void {
    const turn = parseTurn(message);
    if (!turn || this.busy.has(message.interviewId)) return;
    const { live, emit } = this.context;
    this.speaker.forget(message.messageId);
    live.setMessageContent(message.messageId, "");
    live.setMessageState(message.messageId, "streaming", null);
    emit(message.interviewId, { type: "message_status", messageId: message.messageId, status: "streaming", content: "", error: null });
    this.stream(message, turn);
  }

  /**
   * Takes back a line the candidate spoke over as it came (they had not finished): it stops being written and said,
   * and leaves the interview, so the turn it took is taken again once the answer before it ends.
   */
  withdraw(line: MessageRecord): void {
    const { live, emit } = this.context;
    this.producing.get(line.messageId)?.abort();
    this.speaker.forget(line.messageId);
    live.deleteMessage(line.messageId);
    emit(line.interviewId, { type: "message_removed", messageId: line.messageId, reason: "withdrawn" });
  }

  /** `ahead`: the reply was composed ahead and is committed: its text and first sentence are used as they are. */
  private stream(message: MessageRecord, turn: Turn, ahead: SpeculativeReply | null = null): void {
    const { interviewId, messageId } = message;
    const withdrawn = new AbortController();
    this.busy.add(interviewId);
    this.producing.set(messageId, withdrawn);
    this.context.background(
      `reply ${messageId}`,
      this.produce(message, turn, withdrawn.signal, ahead).finally(() => {
        this.busy.delete(interviewId);
        this.producing.delete(messageId);
        // The answer it followed may have ended again while the withdrawn reply was still stopping.
        if (withdrawn.signal.aborted) this.takeNextTurn(interviewId);
      }),
    );
  }

  private async produce(message: MessageRecord, turn: Turn, withdrawn: AbortSignal, ahead: SpeculativeReply | null): Promise<void> {
    const { live, users, emit, provider, now } = this.context;
    const { interviewId, messageId } = message;
    const interview = users.readInterview(interviewId)!;
    let pending = "";
    let lastFlush = now();
    // Spoken sentence by sentence as the text is stored, so the first is heard before the reply is complete.
    const spoken = this.speaker.begin(interviewId, messageId, ahead?.first ?? null);
    const flush = () => {
      if (!pending || withdrawn.aborted) return;
      spoken.push(pending);
      live.appendMessageContent(messageId, pending);
      emit(interviewId, { type: "message_delta", messageId, text: pending });
      pending = "";
      lastFlush = now();
    };
    try {
      const plan = live.readPlan(interviewId) ?? [];
      const request = { title: interview.title, skills: interview.skills, plan, history: historyOf(this.completed(interviewId)), turn };
      const pieces = ahead ? ahead.replay(withdrawn) : provider().streamReply(request, AbortSignal.any([AbortSignal.timeout(REPLY_TIMEOUT_MS), withdrawn]));
      for await (const piece of pieces) {
        if (withdrawn.aborted) break;
        pending += piece;
        if (now() - lastFlush >= FLUSH_MS) flush();
      }
      flush();
    } catch (error) {
      if (withdrawn.aborted) return;
      // The sentences already complete are spoken; the cut-off one is not.
      flush();
      console.warn("reply failed", messageId, describeFailure(error));
      const reason = error instanceof ProviderError ? error.message : "The interviewer could not answer.";
      live.setMessageState(messageId, "failed", `${reason} Try again.`);
      emit(interviewId, { type: "message_status", messageId, status: "failed", error: `${reason} Try again.` });
      return;
    }
    if (withdrawn.aborted) return;
    spoken.finish();
    const content = live.readMessage(messageId)?.content ?? "";
    live.setMessageState(messageId, "complete", null);
    // The close ends the interview before the room hears the line is complete: a complete last line of a running
    // interview would read as "Your turn" for a moment.
    if (turn.kind === "closing") finishInterview(this.context, interviewId, "completed");
    emit(interviewId, { type: "message_status", messageId, status: "complete", content, error: null });
  }
}

// The live interview: handles each validated client frame for one interview and decides what
// happens next. Storage first, then acknowledgement, then background work (transcription, replies).
import { ANSWER_MS_MAX, SEGMENT_BYTES_MAX } from "../protocol/audio";
import {
  PROTOCOL_VERSION,
  assertNever,
  type ClientMessage,
  type ServerMessage,
  type SegmentHeader,
} from "../protocol/socket";
import { toLiveMessage, type MessageRecord } from "../storage/live-storage";
import { textMetrics } from "../feedback/delivery-metrics";
import type { SpeechTiming } from "../protocol/feedback";
import { Attempts } from "./attempts";
import type { EngineContext } from "./context";
import { finishInterview } from "./finish";
import { refuse } from "./frame-refused";
import { Interviewer } from "./interviewer";
import { Transcriber } from "./transcription";

export class InterviewEngine {
  private readonly interviewer: Interviewer;
  private readonly transcriber: Transcriber;
  private readonly attempts: Attempts;

  constructor(private readonly context: EngineContext) {
    this.interviewer = new Interviewer(context);
    this.attempts = new Attempts(context);
    this.transcriber = new Transcriber(
      context,
      (answer) => this.answered(answer),
      (answer, text, words) => {
        // Words that read as finished: the next line is composed while the room waits out the pause.
        if (words === "finished" && !answer.attemptOf) this.interviewer.composeAhead(answer.interviewId, answer.messageId, text);
        else this.interviewer.dropAhead(answer.interviewId, answer.messageId);
      },
    );
  }

  /** Replies to this socket go through `reply`; events to everyone through context.emit. */
  handle(interviewId: string, message: ClientMessage, reply: (message: ServerMessage) => void): void {
    switch (message.type) {
      case "hello":
        return this.hello(interviewId, message.protocolVersion, message.lastSeq, reply);
      case "answer_start":
        return this.answerStart(interviewId, message.answerId, message.mimeType, message.attemptOf ?? null);
      case "answer_end":
        return this.answerEnd(interviewId, message.answerId, message.segmentCount, message.speech?.longPausesMs ?? message.longPausesMs, message.speech);
      case "answer_cancel":
        return this.answerCancel(interviewId, message.answerId);
      case "answer_resume":
        return this.answerResume(interviewId, message.answerId);
      case "text_answer":
        return this.textAnswer(interviewId, message.answerId, message.text, message.attemptOf ?? null);
      case "set_voice":
        return this.setVoice(interviewId, message.voice);
      case "retry":
        return this.retry(interviewId, message.messageId);
      case "end_interview":
        return this.endInterview(interviewId);
      default:
        return assertNever(message);
    }
  }

  /** Stores one audio segment, then acknowledges it; transcription starts right away. */
  segment(interviewId: string, header: SegmentHeader, audio: Uint8Array, reply: (message: ServerMessage) => void): void {
    const { live, now } = this.context;
    if (audio.byteLength > SEGMENT_BYTES_MAX) refuse("too_large", `Audio segments are limited to ${SEGMENT_BYTES_MAX / 1024} KB.`);
    const answer = this.ownAnswer(interviewId, header.answerId);
    const ack = () => reply({ type: "segment_ack", answerId: header.answerId, index: header.index });
    // A resend after a reconnect: already safe, just acknowledge again.
    if (live.hasSegment(answer.messageId, header.index)) return ack();
    if (answer.status !== "recording") refuse("wrong_answer", "This answer has already ended.");
    const totals = live.segmentTotals(answer.messageId);
    if (header.index !== totals.maxIndex + 1) {
      refuse("out_of_order", `Expected segment ${totals.maxIndex + 1}, got ${header.index}.`);
    }
    if (totals.durationMs + header.durationMs > ANSWER_MS_MAX) {
      refuse("too_long", `Answers are limited to ${ANSWER_MS_MAX / 60_000} minutes. Stop and send what you have.`);
    }
    const detail = { durationMs: header.durationMs, voicedMs: header.voicedMs ?? null, overlapMs: header.overlapMs ?? 0 };
    live.insertSegment(answer.messageId, header.index, detail, audio, now());
    ack();
    this.transcriber.kick(answer.messageId);
  }

  /** After a restart nothing is producing replies any more; resume what can be resumed. */
  recover(): void {
    const { live, emit } = this.context;
    for (const message of live.unfinishedMessages()) {
      if (message.role === "assistant") {
        const error = "The interviewer was interrupted. Try again.";
        live.setMessageState(message.messageId, "failed", error);
        emit(message.interviewId, { type: "message_status", messageId: message.messageId, status: "failed", error });
      } else if (message.status === "transcribing") {
        this.transcriber.kick(message.messageId);
      }
    }
    this.attempts.recover();
    this.interviewer.recover();
  }

  /** A complete answer moves the interview on; a complete attempt from the report gets scored instead. */
  private answered(answer: MessageRecord): void {
    if (answer.attemptOf) this.attempts.score(answer);
    else this.interviewer.takeNextTurn(answer.interviewId);
  }

  private hello(interviewId: string, version: number, lastSeq: number, reply: (message: ServerMessage) => void): void {
    const { users, live } = this.context;
    if (version !== PROTOCOL_VERSION) {
      refuse("unsupported_version", `This page speaks protocol ${version}; the server speaks ${PROTOCOL_VERSION}. Reload the page.`);
    }
    const interview = users.readInterview(interviewId);
    if (!interview) return refuse("not_found", "No such interview.");
    const seq = live.lastSeq(interviewId);
    const { info, speech } = this.context.provider();
    const provider = { ...info, speech: speech.info };
    if (lastSeq > 0 && lastSeq <= seq) {
      reply({ type: "welcome", protocolVersion: PROTOCOL_VERSION, provider, seq, snapshot: null });
      for (const event of live.eventsAfter(interviewId, lastSeq)) {
        const { seq: eventSeq, ...body } = event;
        reply({ type: "event", seq: eventSeq, event: body });
      }
    } else {
      const messages = live.listMessages(interviewId).map(toLiveMessage);
      const attempts = live.listAttempts(interviewId).map(toLiveMessage);
      const { speech } = this.context;
      const snapshot = { interview, messages, attempts, speech: speech.listSentences(interviewId), voice: speech.readVoice(interviewId) };
      reply({ type: "welcome", protocolVersion: PROTOCOL_VERSION, provider, seq, snapshot });
    }
    if (interview.status === "created") this.start(interviewId);
    else this.interviewer.takeNextTurn(interviewId);
  }

  private start(interviewId: string): void {
    const { live, emit, now } = this.context;
    this.interviewer.plan(interviewId);
    live.setStatus(interviewId, "in_progress", now());
    emit(interviewId, { type: "status", status: "in_progress" });
    this.interviewer.takeNextTurn(interviewId);
  }

  /** The candidate may answer when the interview is running and the interviewer has finished speaking. */
  private requireCandidateTurn(interviewId: string): void {
    const { users, live } = this.context;
    const interview = users.readInterview(interviewId);
    if (!interview) refuse("not_found", "No such interview.");
    if (interview!.status !== "in_progress") refuse("interview_over", "This interview is not running.");
    const messages = live.listMessages(interviewId);
    const last = messages[messages.length - 1];
    if (last?.role === "user" && last.status === "failed") {
      refuse("not_ready", "Your last answer failed. Try it again, or discard it and answer again.");
    }
    if (!last || last.role !== "assistant" || last.status !== "complete") {
      refuse("not_ready", "Wait for the interviewer's question before answering.");
    }
  }

  /** An answer may start on the candidate's turn; an attempt at one question, once the interview is finished. */
  private requireMayAnswer(interviewId: string, attemptOf: string | null): void {
    if (attemptOf) this.attempts.requireAllowed(interviewId, attemptOf);
    else this.requireCandidateTurn(interviewId);
  }

  private answerStart(interviewId: string, answerId: string, mimeType: string, attemptOf: string | null): void {
    const { live, emit, now } = this.context;
    const existing = live.readMessage(answerId);
    if (existing) {
      if (existing.interviewId !== interviewId) refuse("wrong_answer", "That answer belongs to another interview.");
      return; // A resend after a reconnect.
    }
    this.requireMayAnswer(interviewId, attemptOf);
    const message: MessageRecord = {
      messageId: answerId,
      interviewId,
      role: "user",
      content: "",
      timestamp: now(),
      status: "recording",
      kind: "voice",
      error: null,
      turn: null,
      mimeType,
      segmentCount: null,
      metrics: null,
      longPausesMs: null,
      speech: null,
      attemptOf,
      feedback: null,
    };
    live.insertMessage(message);
    emit(interviewId, { type: "message_added", message: toLiveMessage(message) });
  }

  private answerEnd(
    interviewId: string,
    answerId: string,
    segmentCount: number | undefined,
    longPausesMs: number[] | undefined,
    speech: SpeechTiming | undefined,
  ): void {
    const { live, emit } = this.context;
    const answer = this.ownAnswer(interviewId, answerId);
    if (answer.status !== "recording") return; // Already ended: a resend.
    const stored = live.segmentTotals(answerId).count;
    if (stored === 0) {
      if (segmentCount === undefined) refuse("wrong_answer", "Nothing of this answer was recorded; discard it instead.");
      // Every segment was refused on the way (too large, too long): say so rather than wait for audio that will never come.
      const error = "None of this recording reached us. Discard it and answer again, out loud or by typing.";
      live.setMessageState(answerId, "failed", error);
      return void emit(interviewId, { type: "message_status", messageId: answerId, status: "failed", error });
    }
    // Segments are stored strictly in order, so `stored` of them are 0…stored-1. A count above that means
    // the rest were refused (the client was told why); waiting for them would leave the answer stuck.
    live.endAnswer(answerId, Math.min(segmentCount ?? stored, stored), longPausesMs ?? null, speech ?? null);
    live.setMessageState(answerId, "transcribing", null);
    emit(interviewId, { type: "message_status", messageId: answerId, status: "transcribing", error: null });
    this.transcriber.kick(answerId);
  }

  /**
   * Throws away an answer (spoken or typed, in the interview or an attempt) that is still being
   * recorded or that failed, with its audio, so the candidate can answer again. A complete answer, or
   * one being transcribed, stays: the interview may already have moved on from it.
   */
  private answerCancel(interviewId: string, answerId: string): void {
    const answer = this.context.live.readMessage(answerId);
    if (!answer || answer.interviewId !== interviewId || answer.role !== "user") {
      return refuse("wrong_answer", "Unknown answer: start it with answer_start first.");
    }
    if (answer.status !== "recording" && answer.status !== "failed") {
      refuse("wrong_answer", "Only an answer still being recorded, or one that failed, can be discarded.");
    }
    // The report of a finished interview was written from its answers: they stay as they are.
    if (!answer.attemptOf && this.context.users.readInterview(interviewId)?.status !== "in_progress") {
      refuse("interview_over", "This interview is not running.");
    }
    this.interviewer.dropAhead(interviewId, answerId);
    this.context.live.deleteMessage(answerId);
    this.context.emit(interviewId, { type: "message_removed", messageId: answerId, reason: "discarded" });
  }

  /**
   * The candidate went on speaking after the answer was judged over: the interviewer's line
   * that followed it, whether still being written or said, is withdrawn, and the answer records again. Only the
   * interview's latest answer, spoken, ended and not failed, while the interview runs.
   */
  private answerResume(interviewId: string, answerId: string): void {
    const { live, users, emit } = this.context;
    const answer = this.ownAnswer(interviewId, answerId);
    if (answer.status === "recording") return; // A resend after a reconnect.
    if (answer.attemptOf) refuse("wrong_answer", "An attempt from the report cannot be continued; record it again.");
    if (users.readInterview(interviewId)?.status !== "in_progress") refuse("interview_over", "This interview is not running.");
    if (answer.status === "failed") refuse("wrong_answer", "This answer failed: try it again, or discard it and answer again.");
    const messages = live.listMessages(interviewId);
    const after = messages.slice(messages.findIndex((m) => m.messageId === answerId) + 1);
    if (after.some((m) => m.role !== "assistant") || after.length > 1) refuse("wrong_answer", "Only the latest answer can be continued.");
    if (after[0]) this.interviewer.withdraw(after[0]);
    this.interviewer.dropAhead(interviewId, answerId);
    live.reopenAnswer(answerId);
    emit(interviewId, { type: "message_status", messageId: answerId, status: "recording", error: null });
  }

  private textAnswer(interviewId: string, answerId: string, text: string, attemptOf: string | null): void {
    const { live, emit, now } = this.context;
    if (live.readMessage(answerId)) return; // A resend after a reconnect.
    this.requireMayAnswer(interviewId, attemptOf);
    const message: MessageRecord = {
      messageId: answerId,
      interviewId,
      role: "user",
      content: text,
      timestamp: now(),
      status: "complete",
      kind: "text",
      error: null,
      turn: null,
      mimeType: null,
      segmentCount: null,
      metrics: textMetrics(text),
      longPausesMs: null,
      speech: null,
      attemptOf,
      feedback: null,
    };
    live.insertMessage(message);
    emit(interviewId, { type: "message_added", message: toLiveMessage(message) });
    this.answered(message);
  }

  private retry(interviewId: string, messageId: string): void {
    const { live, emit } = this.context;
    const message = live.readMessage(messageId);
    if (!message || message.interviewId !== interviewId) return refuse("not_found", "No such message.");
    if (message.status !== "failed") refuse("busy", "Only a failed message can be retried.");
    if (message.role === "assistant") return this.interviewer.retry(message);
    if (message.kind === "text") {
      // Only an attempt's scoring can fail for a typed answer: score it again.
      live.setMessageState(messageId, "complete", null);
      emit(interviewId, { type: "message_status", messageId, status: "complete", error: null });
      return this.answered({ ...message, status: "complete", error: null });
    }
    live.setMessageState(messageId, "transcribing", null);
    emit(interviewId, { type: "message_status", messageId, status: "transcribing", error: null });
    this.transcriber.kick(messageId);
  }

  /** The interviewer's voice from the next sentence on, for every tab; one the provider does not have is refused. */
  private setVoice(interviewId: string, voice: string): void {
    const { speech, emit, users } = this.context;
    if (!users.readInterview(interviewId)) return refuse("not_found", "No such interview.");
    const { voices } = this.context.provider().speech.info;
    if (!voices.includes(voice)) refuse("invalid_frame", `Unknown voice "${voice}": choose one of ${voices.join(", ")}.`);
    if (speech.readVoice(interviewId) === voice) return;
    speech.saveVoice(interviewId, voice);
    emit(interviewId, { type: "voice", voice });
  }

  private endInterview(interviewId: string): void {
    const { users, live } = this.context;
    const interview = users.readInterview(interviewId);
    if (!interview) return refuse("not_found", "No such interview.");
    if (interview.status === "completed" || interview.status === "cancelled") return;
    const answered = live.listMessages(interviewId).some((m) => m.role === "user" && m.status === "complete");
    finishInterview(this.context, interviewId, answered ? "completed" : "cancelled");
  }

  private ownAnswer(interviewId: string, answerId: string): MessageRecord {
    const answer = this.context.live.readMessage(answerId);
    if (!answer || answer.interviewId !== interviewId || answer.role !== "user" || answer.kind !== "voice") {
      return refuse("wrong_answer", "Unknown answer: start it with answer_start first.");
    }
    return answer;
  }
}

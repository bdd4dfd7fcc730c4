// Barge-in in the interview room: a hands-free answer listens while the interviewer is still saying its line.
// Speech heard then is checked (app/live/barge-in.ts): the candidate's own words stop the interviewer and the
// answer goes on from them; the interviewer's voice coming back is dropped and a fresh answer listens again. The
// candidate's words in the line's first seconds, right after an answer its pause ended, go on with that answer
// instead (useVoiceAnswer's rejoin): they were not done, and the line is withdrawn.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { BargeInTracker, CHECK_WAIT_MS, continuesEarlierAnswer, type BargeInPhase } from "./barge-in";
import type { useVoiceAnswer } from "./use-voice-answer";

export interface BargeInRoom {
  /** The interviewer line being answered (complete), or null. */
  line: { messageId: string; content: string } | null;
  /** The room's voice has said that line to the end, or stopped saying it. */
  lineHeardOut: boolean;
  voice: ReturnType<typeof useVoiceAnswer>;
  /** The current answer's transcript so far, as the server sends it ("" before its first words are transcribed). */
  transcript: string;
  /** Starts a fresh hands-free answer in place of one that heard only the interviewer; `overLine` as in useVoiceAnswer's start. */
  listenAgain: (overLine: boolean) => void;
  /**
   * performance.now() when the line began to be said, null if it has not yet; and whether the answer the pause ended
   * last is the one the line follows (nothing else between them).
   */
  lineStartedAt: number | null;
  followsEndedAnswer: boolean;
}

export interface BargeInStatus {
  /** Listening while the interviewer talks: nothing heard is known to be the candidate yet, so the interviewer goes on. */
  overLine: boolean;
  phase: BargeInPhase | null;
}

export function useBargeIn({ line, lineHeardOut, voice, transcript, listenAgain, lineStartedAt, followsEndedAnswer }: BargeInRoom): BargeInStatus {
  // Only answers the turn started over the line are checked: a click or Space pressed to answer means the
  // candidate is speaking, and the interviewer is silenced at once.
  const answerId = voice.state.phase === "recording" && voice.state.attemptOf === undefined && voice.state.overLine ? voice.state.answerId : null;
  const [tracker] = useState(() => new BargeInTracker());
  const snapshot = useSyncExternalStore(tracker.subscribe, tracker.snapshot);
  const { holdEnd, discard, stillThinking, dropQuickFirst } = voice;

  useEffect(() => {
    if (answerId) tracker.answerStarted(answerId, line, lineHeardOut);
    else tracker.clear();
    // Only a new answer starts a check; the line and whether it was heard out are read as it starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answerId, tracker]);

  const lineId = line?.messageId ?? null;
  useEffect(() => {
    if (lineHeardOut && lineId) tracker.lineHeardOut(lineId, performance.now());
  }, [lineHeardOut, lineId, tracker]);

  const speaking = voice.turn !== null && voice.turn.phase !== "waiting";
  /** When the current answer's first words were heard (performance.now()). */
  const speechAt = useRef<{ answerId: string; at: number } | null>(null);
  useEffect(() => {
    if (!speaking) return;
    const now = performance.now();
    if (answerId && speechAt.current?.answerId !== answerId) speechAt.current = { answerId, at: now };
    tracker.speechHeard(now);
  }, [speaking, tracker, answerId]);

  useEffect(() => {
    if (transcript) tracker.transcript(transcript);
  }, [transcript, tracker]);

  const active = answerId !== null && snapshot.answerId === answerId;
  const phase = active ? snapshot.phase : null;
  useEffect(() => {
    holdEnd(phase === "checking");
  }, [phase, holdEnd]);

  const stuck = active && !snapshot.lineGoingOn && phase === "checking";
  useEffect(() => {
    if (!stuck) return;
    const timer = setTimeout(() => tracker.giveUp(), CHECK_WAIT_MS);
    return () => clearTimeout(timer);
  }, [stuck, tracker]);

  // The wait for the first words starts when the interviewer stops, not while it was still talking.
  const waitingAfterLine = active && !snapshot.lineGoingOn && phase === "listening";
  useEffect(() => {
    if (waitingAfterLine) stillThinking();
  }, [waitingAfterLine, stillThinking]);

  // Speech that began after the line (and its tail) is an ordinary answer: its first words need no quick transcript.
  useEffect(() => {
    if (phase === "clear") dropQuickFirst();
  }, [phase, dropQuickFirst]);

  // The candidate's own words over the line: more of the answer before it, if they came soon enough.
  const { rejoin } = voice;
  const theirs = phase === "answer" && answerId !== null && followsEndedAnswer;
  useEffect(() => {
    if (!theirs || speechAt.current?.answerId !== answerId) return;
    if (continuesEarlierAnswer(speechAt.current.at, lineStartedAt)) rejoin();
  }, [theirs, answerId, lineStartedAt, rejoin]);

  const echo = phase === "echo";
  const lineGoingOn = snapshot.lineGoingOn;
  useEffect(() => {
    if (!echo) return;
    tracker.clear();
    discard();
    listenAgain(lineGoingOn);
  }, [echo, lineGoingOn, tracker, discard, listenAgain]);

  // An answer just started over the line, before its check is set up: the interviewer must not be cut off meanwhile.
  const starting = answerId !== null && !active && line !== null && !lineHeardOut;
  // An echo's answer is dropped in the effect above; the interviewer goes on meanwhile.
  const overLine = starting || (active && lineGoingOn && (phase === "listening" || phase === "checking" || phase === "echo"));
  return { overLine, phase };
}

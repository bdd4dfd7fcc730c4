// Hands-free turn-taking in the interview room: when the interviewer has finished a line and it is the
// candidate's turn, the microphone opens by itself and the answer starts (it ends by itself too, see
// useVoiceAnswer). Only where the microphone is already allowed: this never makes the browser ask.
import { useEffect, useRef } from "react";
import { microphonePermitted } from "../audio/microphone";

/**
 * Resolves once the interviewer has finished delivering line `messageId` (its text has streamed in and,
 * where lines are spoken aloud, its audio has finished playing); the candidate's turn starts then.
 */
export type InterviewerDone = (messageId: string) => Promise<void>;

/** Lines shown as text only: the turn passes as soon as the line is complete. */
export const replyComplete: InterviewerDone = () => Promise.resolve();

export interface HandsFreeTurns {
  /** Hands-free is chosen and the candidate may answer now. */
  enabled: boolean;
  /** The interviewer line being answered; each line starts at most one answer by itself. */
  lineId: string | null;
  /** The recorder is idle (not starting, recording or showing an error). */
  idle: boolean;
  microphoneOpen: () => boolean;
  start: () => void;
  interviewerDone?: InterviewerDone;
}

export function useHandsFreeTurns({ enabled, lineId, idle, microphoneOpen, start, interviewerDone = replyComplete }: HandsFreeTurns): void {
  /** The line an answer was last started for, so a discarded or silent answer is not started again by itself. */
  const answered = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled || !idle || !lineId || answered.current === lineId) return;
    let cancelled = false;
    void (async () => {
      const allowed = microphoneOpen() || (await microphonePermitted());
      if (!allowed || cancelled) return;
      await interviewerDone(lineId);
      if (cancelled) return;
      answered.current = lineId;
      start();
    })();
    return () => {
      cancelled = true;
    };
  }, [enabled, idle, lineId, microphoneOpen, start, interviewerDone]);
}

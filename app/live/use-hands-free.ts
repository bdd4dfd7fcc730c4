// Hands-free turn-taking in the interview room: once the interviewer's line is complete and it is the
// candidate's turn, the microphone opens by itself and the answer starts, even while the line is still
// being spoken (barge-in, use-barge-in.ts); it ends by itself too (useVoiceAnswer). Only where the
// microphone is already allowed: this never makes the browser ask.
import { useEffect, useRef } from "react";
import { microphonePermitted } from "../audio/microphone";

export interface HandsFreeTurns {
  /** Hands-free is chosen and the candidate may answer now. */
  enabled: boolean;
  /** The interviewer line being answered; each line starts at most one answer by itself. */
  lineId: string | null;
  /** The recorder is idle (not starting, recording or showing an error). */
  idle: boolean;
  microphoneOpen: () => boolean;
  start: () => void;
}

export function useHandsFreeTurns({ enabled, lineId, idle, microphoneOpen, start }: HandsFreeTurns): void {
  /** The line an answer was last started for, so a discarded or silent answer is not started again by itself. */
  const answered = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled || !idle || !lineId || answered.current === lineId) return;
    let cancelled = false;
    void (async () => {
      const allowed = microphoneOpen() || (await microphonePermitted());
      if (!allowed || cancelled) return;
      answered.current = lineId;
      start();
    })();
    return () => {
      cancelled = true;
    };
  }, [enabled, idle, lineId, microphoneOpen, start]);
}

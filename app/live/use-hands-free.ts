// Hands-free turn-taking in the interview room: once the interviewer's line is complete and it is the
// candidate's turn, the microphone opens by itself and the answer starts, even while the line is still
// being spoken (barge-in, use-barge-in.ts); it ends by itself too (useVoiceAnswer). Only where the
// microphone is already allowed: this never makes the browser ask.
import { useEffect, useRef, useSyncExternalStore } from "react";
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

const onVisibility = (changed: () => void) => {
  document.addEventListener("visibilitychange", changed);
  return () => document.removeEventListener("visibilitychange", changed);
};
const pageVisible = () => document.visibilityState === "visible";

export function useHandsFreeTurns({ enabled, lineId, idle, microphoneOpen, start }: HandsFreeTurns): void {
  /** The line an answer was last started for, so a discarded or silent answer is not started again by itself. */
  const answered = useRef<string | null>(null);
  // Only the tab in front listens by itself: a second tab of the same interview in the background
  // would otherwise record the first one's interviewer. It starts listening once brought to the front.
  const visible = useSyncExternalStore(onVisibility, pageVisible, () => true);

  useEffect(() => {
    if (!enabled || !visible || !idle || !lineId || answered.current === lineId) return;
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
  }, [enabled, visible, idle, lineId, microphoneOpen, start]);
}

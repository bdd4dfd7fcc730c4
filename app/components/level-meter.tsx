// The microphone level while an answer is recorded, with a hint when nothing is heard; used by the answer panel.
import { useEffect, useState } from "react";
import { SILENT_HINT_AFTER_MS, isNearSilent, levelToPercent } from "../audio/level-scale";

export const SILENT_MICROPHONE_HINT = "Nothing heard yet — if you are speaking, check your microphone.";

interface LevelMeterProps {
  /** RMS level 0..1, as AnswerRecorder's onLevel reports it. */
  level: number;
  /** Recording now: only then can a silent microphone be a problem worth mentioning. */
  active?: boolean;
  /**
   * Whether a long silence may be a microphone that hears nothing: not once words were heard (it is a pause then),
   * nor hands-free, where the room's own prompt after a long wait says it.
   */
  silentHint?: boolean;
  className?: string;
}

export function LevelMeter({ level, active = false, silentHint = true, className = "" }: LevelMeterProps) {
  const percent = active ? levelToPercent(level) : 0;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div
        role="meter"
        aria-label="Microphone level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {/* Scaled rather than resized: no layout work twenty times a second. */}
        <div
          className="h-full w-full origin-left rounded-full bg-indigo-600 motion-safe:transition-transform motion-safe:duration-75"
          style={{ transform: `scaleX(${percent / 100})` }}
        />
      </div>
      {/* Always present, so screen readers announce the hint when it appears. */}
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {active && silentHint && isNearSilent(level) && <SilentMicrophoneHint />}
      </p>
    </div>
  );
}

/**
 * Shows the hint once it has stayed mounted for SILENT_HINT_AFTER_MS. Mounted only while the level is near
 * silent, so any sound unmounts it and the next silence starts counting afresh.
 */
export function SilentMicrophoneHint() {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), SILENT_HINT_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return due ? <>{SILENT_MICROPHONE_HINT}</> : null;
}

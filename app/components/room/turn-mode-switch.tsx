// The room's choice between hands-free answers (the microphone opens on your turn, a pause ends the
// answer) and click-to-answer, with the length of that pause; remembered per browser (turn-preferences.ts).
import { useId } from "react";
import { PATIENCE_MS_MAX, PATIENCE_MS_MIN } from "../../audio/vad/end-of-turn";
import type { TurnPreferences } from "../../live/turn-preferences";

const PATIENCE_CHOICES = Array.from({ length: (PATIENCE_MS_MAX - PATIENCE_MS_MIN) / 1000 + 1 }, (_, i) => PATIENCE_MS_MIN + i * 1000);

interface TurnModeSwitchProps {
  preferences: TurnPreferences;
  onChange: (change: Partial<TurnPreferences>) => void;
}

export function TurnModeSwitch({ preferences, onChange }: TurnModeSwitchProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-800">
      <label htmlFor={`${id}-switch`} className="flex items-center gap-2">
        <input
          id={`${id}-switch`}
          type="checkbox"
          role="switch"
          checked={preferences.handsFree}
          onChange={(e) => onChange({ handsFree: e.target.checked })}
          aria-describedby={`${id}-hint`}
          className="size-4 accent-indigo-700"
        />
        Hands-free
      </label>
      <label htmlFor={`${id}-patience`} className={`flex items-center gap-2 ${preferences.handsFree ? "" : "hidden"}`}>
        Send after a pause of
        <select
          id={`${id}-patience`}
          value={preferences.patienceMs}
          onChange={(e) => onChange({ patienceMs: Number(e.target.value) })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          {PATIENCE_CHOICES.map((ms) => (
            <option key={ms} value={ms}>
              {ms / 1000} seconds
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-hint`} className="basis-full text-xs text-slate-600">
        {preferences.handsFree
          ? "The microphone opens when it's your turn, and your answer is sent when you pause. You can also hold Space to talk, or type."
          : "Press “Answer out loud” to start and “Done” to send, hold Space to talk, or type."}
      </p>
    </div>
  );
}

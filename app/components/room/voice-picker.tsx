// The interviewer's voice picker in the room: the provider's voices (sent to the server, for every tab) and,
// offline, the browser's own English voices (this browser only). Used by interviewer-voice.tsx.
import { useId } from "react";
import type { SpeechInfo } from "../../../worker/protocol/socket";
import type { SystemVoiceChoice } from "../../live/use-system-voice";

/** Browser voices' option values start with this; the provider's are their plain names (none starts with it). */
const BROWSER = "browser:";

interface VoicePickerProps {
  info: SpeechInfo;
  /** The provider voice chosen for this interview; null: info.defaultVoice. */
  voice: string | null;
  onChooseVoice: (voice: string) => void;
  system: SystemVoiceChoice;
}

export function VoicePicker({ info, voice, onChooseVoice, system }: VoicePickerProps) {
  const id = useId();
  const serverVoice = voice && info.voices.includes(voice) ? voice : info.defaultVoice;
  if (system.voices.length === 0 && info.voices.length <= 1) return null;
  const serverOptions = info.voices.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ));
  return (
    <span className="flex items-center gap-2">
      <label htmlFor={id}>Voice</label>
      <select
        id={id}
        value={system.speaking ? BROWSER + system.speaking : serverVoice}
        onChange={(e) => {
          const value = e.target.value;
          if (value.startsWith(BROWSER)) return system.choose(value.slice(BROWSER.length));
          system.choose(null);
          onChooseVoice(value);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        {system.voices.length > 0 ? (
          <>
            <optgroup label="This browser">
              {system.voices.map((name) => (
                <option key={name} value={BROWSER + name}>
                  {name}
                </option>
              ))}
            </optgroup>
            <optgroup label={info.label}>{serverOptions}</optgroup>
          </>
        ) : (
          serverOptions
        )}
      </select>
    </span>
  );
}

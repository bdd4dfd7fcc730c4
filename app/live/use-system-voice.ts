// The offline interviewer's voice choice between the browser's own voices and the local server's: lists the
// browser's English voices as they arrive, remembers the candidate's choice per browser, and gives the voice
// queue the SentenceSpeech to use (null: the server's audio). Used by the room's interviewer-voice component.
import { useEffect, useMemo, useState } from "react";
import { chooseSystemVoice, englishVoices, systemSpeech, watchSystemVoices, type SentenceSpeech } from "./system-voice";

const CHOICE_KEY = "interviewer-system-voice";
/** Stored when the candidate chose the server's voice over the browser's. */
const SERVER_VOICE = "";

function loadChoice(): string | null {
  try {
    return localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

export interface SystemVoiceChoice {
  /** The browser's English voices, by name, in the order offered (empty: none, or not offline). */
  voices: string[];
  /** The browser voice speaking, or null when the server's voice does. */
  speaking: string | null;
  speech: SentenceSpeech | null;
  /** A browser voice by name, or null for the server's voice. */
  choose: (name: string | null) => void;
}

/** `enabled`: the provider's voice is the local one (offline), which the browser's own voices may replace. */
export function useSystemVoice(enabled: boolean): SystemVoiceChoice {
  const [all, setAll] = useState<SpeechSynthesisVoice[]>([]);
  const [choice, setChoice] = useState(loadChoice);
  const synth = enabled && typeof speechSynthesis !== "undefined" ? speechSynthesis : null;

  useEffect(() => (synth ? watchSystemVoices(synth, setAll) : undefined), [synth]);

  const voice = synth && choice !== SERVER_VOICE ? chooseSystemVoice(all, choice) : null;
  const speech = useMemo(() => (synth && voice ? systemSpeech(synth, voice, () => new SpeechSynthesisUtterance()) : null), [synth, voice]);
  const voices = useMemo(() => (synth ? englishVoices(all).map((v) => v.name) : []), [synth, all]);

  const choose = (name: string | null) => {
    const stored = name ?? SERVER_VOICE;
    setChoice(stored);
    try {
      localStorage.setItem(CHOICE_KEY, stored);
    } catch {
      // Private browsing may refuse storage: the choice lasts for this visit.
    }
  };
  return { voices, speaking: voice?.name ?? null, speech, choose };
}

// The browser's own voices (Web Speech speechSynthesis) for the offline interviewer: which are offered, which one
// speaks, and saying one sentence with it. The room's interviewer-voice component lists them and hands the voice
// queue a SentenceSpeech; where the browser has none, or one fails, the local server's voice speaks instead.
import type { VoiceSettings } from "./voice-queue.ts";

/** What this needs of a SpeechSynthesisVoice. */
export type SystemVoice = Pick<SpeechSynthesisVoice, "name" | "lang" | "default" | "localService">;

/** What this needs of window.speechSynthesis (a fake in tests). */
export type Synth = Pick<SpeechSynthesis, "getVoices" | "speak" | "cancel" | "addEventListener" | "removeEventListener">;

/** Says one sentence; the voice queue uses it in place of the audio element for a line. */
export interface SentenceSpeech {
  /** Resolves once `text` has been said; rejects when the voice fails (the queue then plays the server's audio). */
  say(text: string, settings: VoiceSettings): Promise<void>;
  /** Stops at once; a say() in progress then never settles. */
  stop(): void;
}

const isEnglish = (voice: SystemVoice) => /^en([-_]|$)/i.test(voice.lang);
/** Regions whose English the question bank is written in first, then any other English. */
const REGION_ORDER = ["en-us", "en-gb"];

/**
 * The browser's English voices in the order offered: the browser's default first, then voices on this device
 * (remote ones send the text away and stop without a network), then US and British English, then by name.
 */
export function englishVoices<Voice extends SystemVoice>(voices: readonly Voice[]): Voice[] {
  const region = (voice: Voice) => {
    const at = REGION_ORDER.indexOf(voice.lang.toLowerCase().replace("_", "-"));
    return at === -1 ? REGION_ORDER.length : at;
  };
  return voices
    .filter(isEnglish)
    .toSorted(
      (a, b) =>
        Number(b.default) - Number(a.default) ||
        Number(b.localService) - Number(a.localService) ||
        region(a) - region(b) ||
        a.name.localeCompare(b.name),
    );
}

/** The voice to speak with: the one named `chosen` if the browser has it (English or not), else the first English one; null: none. */
export function chooseSystemVoice<Voice extends SystemVoice>(voices: readonly Voice[], chosen: string | null): Voice | null {
  return voices.find((voice) => voice.name === chosen) ?? englishVoices(voices)[0] ?? null;
}

/**
 * Calls `onVoices` with the browser's voices now and whenever they change: Chrome fills the list a moment after
 * the page loads and says so with `voiceschanged`. Returns the function that stops watching.
 */
export function watchSystemVoices(synth: Synth, onVoices: (voices: SpeechSynthesisVoice[]) => void): () => void {
  const changed = () => onVoices(synth.getVoices());
  synth.addEventListener("voiceschanged", changed);
  changed();
  return () => synth.removeEventListener("voiceschanged", changed);
}

/** A SentenceSpeech speaking with `voice`; `createUtterance` makes a SpeechSynthesisUtterance (replaceable in tests). */
export function systemSpeech(synth: Synth, voice: SpeechSynthesisVoice, createUtterance: () => SpeechSynthesisUtterance): SentenceSpeech {
  return {
    say(text, { muted, volume, rate }) {
      return new Promise((resolve, reject) => {
        const utterance = createUtterance();
        utterance.text = text;
        utterance.voice = voice;
        utterance.lang = voice.lang;
        // The room's rates (0.75 to 1.5) are within what every engine accepts (0.1 to 10).
        utterance.rate = rate;
        utterance.volume = muted ? 0 : volume;
        utterance.onend = () => resolve();
        utterance.onerror = (event) => {
          // "interrupted" and "canceled" come from stop() (or another page's speech): not the voice failing.
          if (event.error !== "interrupted" && event.error !== "canceled") reject(new Error(`System voice failed: ${event.error}`));
        };
        synth.speak(utterance);
      });
    },
    stop() {
      synth.cancel();
    },
  };
}

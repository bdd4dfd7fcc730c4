// The interviewer's voice in the room: plays each spoken sentence of a new interviewer line in order, with the
// sentence being said as a caption, mute, volume, speaking rate, a choice of voice and "Say that again"; says
// plainly when the voice is unavailable. The words are always in the transcript as well.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { LiveMessage, SpeechInfo, SpokenSentence } from "../../../worker/protocol/socket";
import { SentenceSplitter } from "../../../worker/protocol/sentences";
import { DEFAULT_VOICE_SETTINGS, VoiceQueue, type VoiceSettings, type VoiceState } from "../../live/voice-queue";
import { Button } from "../ui";
import { useSystemVoice } from "../../live/use-system-voice";
import { InterruptedCaption } from "./interrupted-caption";
import { VoicePicker } from "./voice-picker";

const SETTINGS_KEY = "interviewer-voice";
const RATES = [0.75, 1, 1.25, 1.5] as const;

/** The listener's settings from an earlier visit, each checked; anything unreadable is the default. */
function loadSettings(): VoiceSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as Partial<Record<keyof VoiceSettings, unknown>>;
    return {
      muted: typeof saved.muted === "boolean" ? saved.muted : DEFAULT_VOICE_SETTINGS.muted,
      volume: typeof saved.volume === "number" && saved.volume >= 0 && saved.volume <= 1 ? saved.volume : DEFAULT_VOICE_SETTINGS.volume,
      rate: RATES.includes(saved.rate as (typeof RATES)[number]) ? (saved.rate as number) : DEFAULT_VOICE_SETTINGS.rate,
    };
  } catch {
    return DEFAULT_VOICE_SETTINGS;
  }
}

/** The sentences a finished line is spoken in (as the server cuts it). */
function sentencesOf(text: string): string[] {
  const splitter = new SentenceSplitter();
  return [...splitter.push(text), ...splitter.finish()];
}

interface InterviewerVoiceProps {
  interviewId: string;
  /** The interview's messages: the newest interviewer line is the one spoken. */
  messages: LiveMessage[];
  speech: SpokenSentence[];
  /** What speaks, and the voices; null until the server has said. */
  info: SpeechInfo | null;
  /** The voice chosen for this interview; null: info.defaultVoice. */
  voice: string | null;
  onChooseVoice: (voice: string) => void;
  /** The provider's voice is the local server's (offline): the browser's own voices may speak instead. */
  systemVoices?: boolean;
  /** Quiet now: the candidate is answering out loud (the microphone must not hear the interviewer). */
  silenced: boolean;
  /**
   * Called once for each finished interviewer line when it has been said to the end, or when it will not be:
   * muted, no voice, unavailable, held back by the browser, or already said before a reload.
   */
  onLineHeard?: (messageId: string) => void;
  /** Called as line `messageId` starts being said (its audio, or the browser's voice), and again if it is said again. */
  onSpeaking?: (messageId: string) => void;
  /**
   * Set while a hands-free answer is silenced but still waits for its first words: "Say that again" calls it before
   * saying the line again, so the room can listen afresh over the line (and its echo is caught as such).
   */
  onRepeatWhileListening?: () => void;
}

export function InterviewerVoice({
  interviewId,
  messages,
  speech,
  info,
  voice,
  onChooseVoice,
  systemVoices = false,
  silenced,
  onLineHeard,
  onSpeaking,
  onRepeatWhileListening,
}: InterviewerVoiceProps) {
  const audio = useRef<HTMLAudioElement>(null);
  const queue = useRef<VoiceQueue | null>(null);
  const [state, setState] = useState<VoiceState>({ kind: "idle" });
  const [settings, setSettings] = useState(loadSettings);
  // Lines already said when the room opened are not said again by themselves (a reload); "Say that again" still can.
  const heardBefore = useRef<Set<string> | null>(null);
  const started = useRef(new Set<string>());
  const ids = { volume: useId(), rate: useId(), voice: useId() };
  const system = useSystemVoice(systemVoices);

  const lastLine = messages.findLast((m) => m.role === "assistant");
  // Split once per text, not on every render (the room re-renders with each microphone level).
  const lineText = lastLine?.content ?? "";
  const lineSentenceTexts = useMemo(() => sentencesOf(lineText), [lineText]);

  useEffect(() => {
    const element = audio.current!;
    const urlOf = (s: SpokenSentence) =>
      `/api/v1/interviews/${encodeURIComponent(interviewId)}/messages/${encodeURIComponent(s.messageId)}/speech/${s.index}`;
    const created = new VoiceQueue(element, urlOf, setState);
    queue.current = created;
    return () => {
      created.dispose();
      queue.current = null;
    };
  }, [interviewId]);

  useEffect(() => {
    queue.current?.configure(settings);
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Private browsing may refuse storage: the settings last for this visit.
    }
  }, [settings]);

  useEffect(() => queue.current?.update(speech), [speech]);
  useEffect(() => queue.current?.useSpeech(system.speech), [system.speech, interviewId]);

  // A new interviewer line is said as its sentences arrive.
  useEffect(() => {
    if (!info) return;
    heardBefore.current ??= new Set(messages.filter((m) => m.role === "assistant" && m.status === "complete").map((m) => m.messageId));
    if (!lastLine || silenced || heardBefore.current.has(lastLine.messageId) || started.current.has(lastLine.messageId)) return;
    started.current.add(lastLine.messageId);
    queue.current?.say(lastLine.messageId);
  }, [info, messages, lastLine, silenced]);

  useEffect(() => {
    if (silenced) queue.current?.stop();
  }, [silenced]);

  const lineSentences = lastLine ? speech.filter((s) => s.messageId === lastLine.messageId) : [];
  const failure = lineSentences.find((s) => s.status === "failed")?.error ?? null;
  // Between two sentences the line is still being said; announcing "speaking" again for each would be noise.
  const stillComing =
    state.kind === "waiting" &&
    lastLine?.messageId === state.messageId &&
    (lastLine.status === "streaming" || lineSentences.length < lineSentenceTexts.length);
  const speaking = state.kind === "speaking" || stillComing;
  useEffect(() => {
    if (!lastLine || lastLine.status === "streaming") return;
    const id = lastLine.messageId;
    // The queue's own state, not this render's: the line may have been handed to it in this same commit.
    const now = queue.current?.current() ?? { kind: "idle" };
    const more = speech.filter((s) => s.messageId === id).length < lineSentenceTexts.length;
    const saying = now.kind === "speaking" || (now.kind === "waiting" && now.messageId === id && more);
    const heardOut =
      info === null ||
      settings.muted ||
      failure !== null ||
      now.kind === "blocked" ||
      // A line said before a reload counts as heard, unless "Say that again" is saying it now.
      ((heardBefore.current?.has(id) === true || started.current.has(id)) && !saying);
    if (heardOut) onLineHeard?.(id);
  }, [lastLine, lineSentenceTexts, speech, state, info, settings.muted, failure, onLineHeard]);
  const caption = state.kind === "speaking" ? state.sentence.text : null;
  const speakingLine = state.kind === "speaking" ? state.sentence.messageId : null;
  useEffect(() => {
    if (speakingLine) onSpeaking?.(speakingLine);
  }, [speakingLine, onSpeaking]);
  // Stopped before its end by the candidate speaking (a stop after the last sentence cut nothing off).
  const cut =
    state.kind === "interrupted" && lastLine?.messageId === state.messageId && state.index < lineSentenceTexts.length
      ? { sentences: lineSentenceTexts, at: state.index }
      : null;
  const canRepeat = (!silenced || onRepeatWhileListening !== undefined) && lineSentences.some((s) => s.status === "ready");
  const repeat = () => {
    if (!lastLine) return;
    if (silenced) onRepeatWhileListening?.();
    queue.current?.say(lastLine.messageId);
  };
  const update = (change: Partial<VoiceSettings>) => setSettings((current) => ({ ...current, ...change }));

  return (
    <section aria-labelledby={`${ids.voice}-heading`} className="flex flex-col gap-2 rounded-lg bg-white px-4 py-3 text-sm shadow-sm ring-1 ring-slate-200">
      <h2 id={`${ids.voice}-heading`} className="sr-only">
        Interviewer&apos;s voice
      </h2>
      {/* Played through this element only; the room's own controls below replace the browser's. */}
      <audio ref={audio} preload="auto" />
      <p role="status" className="min-h-5 font-medium text-slate-800">
        {failure
          ? failure
          : state.kind === "blocked"
            ? "Your browser held the interviewer's voice back. Press Play voice to hear it."
            : cut
              ? "The interviewer stopped so you can speak."
              : speaking
              ? settings.muted
                ? "Interviewer speaking (muted)"
                : "Interviewer speaking"
              : ""}
      </p>
      {/* The sentence being said; the whole line is read to screen readers once, from the transcript. */}
      <p aria-hidden="true" data-testid="interviewer-caption" className="min-h-6 text-base text-slate-900">
        {cut ? <InterruptedCaption sentences={cut.sentences} cutAt={cut.at} /> : caption}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {state.kind === "blocked" && <Button onClick={() => queue.current?.resume()}>Play voice</Button>}
        <Button variant="secondary" aria-pressed={settings.muted} onClick={() => update({ muted: !settings.muted })}>
          {settings.muted ? "Unmute interviewer" : "Mute interviewer"}
        </Button>
        <Button variant="secondary" disabled={!canRepeat} onClick={repeat}>
          Say that again
        </Button>
        <span className="flex items-center gap-2">
          <label htmlFor={ids.volume}>Volume</label>
          <input
            id={ids.volume}
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.volume}
            onChange={(e) => update({ volume: Number(e.target.value) })}
          />
        </span>
        <span className="flex items-center gap-2">
          <label htmlFor={ids.rate}>Speaking rate</label>
          <select
            id={ids.rate}
            value={settings.rate}
            onChange={(e) => update({ rate: Number(e.target.value) })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
          >
            {RATES.map((rate) => (
              <option key={rate} value={rate}>
                {rate}×
              </option>
            ))}
          </select>
        </span>
        {info && <VoicePicker info={info} voice={voice} onChooseVoice={onChooseVoice} system={system} />}
        {info && <span className="text-xs text-slate-600">Voice: {system.speaking ? `${system.speaking}, in this browser` : info.label}</span>}
      </div>
    </section>
  );
}

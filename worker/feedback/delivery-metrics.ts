// Delivery metrics of one answer, measured from its recording (segment lengths, pauses the
// recorder heard) and its transcript. Computed when the answer completes; stored with it.
import { speakingTimeMs, type DeliveryMetrics, type SpeechTiming } from "../protocol/feedback";
import { countFillers, countWords } from "./fillers";
import { canonicalWords } from "./spoken-words";

/** Below this much speech a rate per minute says nothing reliable. */
export const MIN_SPEECH_FOR_RATE_MS = 5_000;

export interface VoiceAnswerInput {
  transcript: string;
  segmentDurationsMs: number[];
  /** Long silences the recorder measured, or null when it could not (page reloaded mid-answer, no metering). */
  longPausesMs: number[] | null;
  /** When the candidate spoke, from the recorder's voice-activity detection; null or absent when it could not say. */
  speech?: SpeechTiming | null;
  /** Whether the provider keeps "um" and "uh" (most speech-to-text drops them). */
  keepsHesitations: boolean;
}

const perMinute = (count: number, ms: number) => Math.round((count / (ms / 60_000)) * 10) / 10;

export function voiceMetrics({ transcript, segmentDurationsMs, longPausesMs, speech, keepsHesitations }: VoiceAnswerInput): DeliveryMetrics {
  const speaking = speakingTimeMs(segmentDurationsMs, speech ?? null);
  const speakingMs = speaking.ms;
  const words = countWords(transcript);
  const counts = countFillers(transcript);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const rated = speakingMs >= MIN_SPEECH_FOR_RATE_MS && words > 0;
  // The pace counts words as said: "850 ms" is four words aloud, not two.
  const said = canonicalWords(transcript).length;
  const notes: string[] = [];
  if (!rated) notes.push("Too little speech to measure speaking rate.");
  else if (!speaking.measured) notes.push("Speaking time is the whole recording, silences included, so the pace may read slower than it was.");
  if (!keepsHesitations) notes.push("Speech-to-text often leaves out \"um\" and \"uh\", so those may be under-counted.");
  if (longPausesMs === null) notes.push("Pauses could not be measured for this answer.");
  return {
    kind: "voice",
    words,
    characters: transcript.trim().length,
    speakingMs,
    wordsPerMinute: rated ? perMinute(said, speakingMs) : null,
    fillers: { total, perMinute: rated ? perMinute(total, speakingMs) : null, counts },
    longPauses: longPausesMs && {
      count: longPausesMs.length,
      totalMs: Math.round(longPausesMs.reduce((sum, ms) => sum + ms, 0)),
    },
    notes,
  };
}

export function textMetrics(text: string): DeliveryMetrics {
  const counts = countFillers(text);
  return {
    kind: "text",
    words: countWords(text),
    characters: text.trim().length,
    speakingMs: null,
    wordsPerMinute: null,
    fillers: { total: Object.values(counts).reduce((sum, n) => sum + n, 0), perMinute: null, counts },
    longPauses: null,
    notes: ["Typed answer: speaking rate and pauses apply to spoken answers only."],
  };
}

/** Speaking pace assumed where time was not measured: the interviewer's lines (shown as text) and typed answers. */
export const ASSUMED_WORDS_PER_MINUTE = 150;

export interface TalkItem {
  role: "user" | "assistant" | "system";
  status: string;
  content: string;
  metrics: DeliveryMetrics | null;
}

/**
 * The candidate's share of the interview's talking time, 0-1: spoken answers count their recorded
 * length; the interviewer's lines and typed answers are estimated from their words. null when nothing was said.
 */
export function talkShare(transcript: TalkItem[]): number | null {
  const estimatedMs = (text: string) => (countWords(text) / ASSUMED_WORDS_PER_MINUTE) * 60_000;
  let candidateMs = 0;
  let interviewerMs = 0;
  for (const item of transcript) {
    if (item.status !== "complete") continue;
    if (item.role === "user") candidateMs += item.metrics?.speakingMs ?? estimatedMs(item.content);
    else if (item.role === "assistant") interviewerMs += estimatedMs(item.content);
  }
  const total = candidateMs + interviewerMs;
  return total > 0 ? Math.round((candidateMs / total) * 100) / 100 : null;
}

// The spoken answer the speech tests play to Whisper, sentence by sentence, with the keywords it must hear; the Whisper and end-to-end voice tests share it.
import { FLITE_SAMPLE_RATE, synthesize } from "./flite.ts";
import type { FliteVoice, SynthesizedSpeech } from "./flite.ts";
import { keywordsHeard } from "./keywords.ts";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";

export interface TestSentence {
  text: string;
  /** Words of `text` (lower case, as keywordsHeard matches them) that Whisper base hears in these voices. */
  keywords: readonly string[];
  /** How many of `keywords` a transcript must contain: fewer than all, so that Opus, the browser's segments or another CPU may cost one. */
  minHeard: number;
}

/**
 * An interview answer of three sentences. Keywords leave out what Whisper base mishears in some voice even on
 * clean speech ("used" as "use", "team" as "teams"). transcription.test.ts holds each sentence, in the voices of
 * ANSWER_VOICES, to minHeard + 1 as spoken and to minHeard when varied; the server and end-to-end tests to minHeard.
 */
export const ANSWER_SENTENCES = [
  {
    text: "In my last project I built a real time dashboard with React and TypeScript.",
    keywords: ["last", "project", "built", "realtime", "dashboard", "react", "typescript"],
    minHeard: 5,
  },
  {
    text: "For example, I used web sockets to stream updates to the browser.",
    keywords: ["example", "websockets", "stream", "updates", "browser"],
    minHeard: 3,
  },
  {
    text: "The result was that the support team saw new orders within one second.",
    keywords: ["result", "support", "team", "orders", "within", "one", "second"],
    minHeard: 5,
  },
] as const satisfies readonly TestSentence[];

/**
 * Who speaks which sentence: all four voices, each only on sentences Whisper base hears from it with margin (awb's
 * "TypeScript" comes out as "Type S Crypt", so it never says the first). The first is the end-to-end answer.
 */
export const ANSWER_VOICES: readonly (readonly [FliteVoice, FliteVoice, FliteVoice])[] = [
  ["slt", "kal16", "rms"],
  ["rms", "awb", "kal16"],
];

/** Each sentence's keywords heard in `transcript` (which may hold the whole answer: no keyword is in two sentences). */
export function sentenceKeywordsHeard(transcript: string): string[][] {
  return ANSWER_SENTENCES.map((sentence) => keywordsHeard(transcript, sentence.keywords));
}

/** Seconds of silence between sentences: longer than the browser's 0.7 s segment pause, so each sentence is its own segment. */
export const SENTENCE_GAP_SECONDS = 1;

/**
 * The answer's first `voices.length` sentences (1 to 3), each in its voice, as 16 kHz mono PCM: `leadSeconds` of
 * silence, the sentences SENTENCE_GAP_SECONDS apart, then `tailSeconds`. Also returns where each sentence's speech ends (s).
 */
export async function speakAnswer(
  voices: readonly FliteVoice[],
  { leadSeconds = 0, tailSeconds = 0 } = {},
): Promise<{ pcm: Float32Array; sentenceEnds: number[] }> {
  if (voices.length < 1 || voices.length > ANSWER_SENTENCES.length) throw new RangeError(`Give 1 to ${ANSWER_SENTENCES.length} voices.`);
  const sentences: SynthesizedSpeech[] = [];
  for (const [i, voice] of voices.entries()) sentences.push(await synthesize(ANSWER_SENTENCES[i]!.text, voice));
  const gap = Math.round(SENTENCE_GAP_SECONDS * FLITE_SAMPLE_RATE);
  const lead = Math.round(leadSeconds * FLITE_SAMPLE_RATE);
  const length = lead + sentences.reduce((sum, s) => sum + s.pcm.length + gap, 0) - gap + Math.round(tailSeconds * FLITE_SAMPLE_RATE);
  const pcm = new Float32Array(length);
  const sentenceEnds: number[] = [];
  let at = lead;
  for (const { pcm: sentence } of sentences) {
    pcm.set(sentence, at);
    at += sentence.length;
    sentenceEnds.push(at / FLITE_SAMPLE_RATE);
    at += gap;
  }
  return { pcm, sentenceEnds };
}

/** The gap the room leaves between two sentences of an interviewer line (the next file starting), s: a guess, any value overlaps. */
export const LINE_SENTENCE_GAP_SECONDS = 0.25;

/**
 * An interviewer `line` as the offline voice says it in the room: sentence by sentence as the Worker cuts it
 * (worker/protocol/sentences.ts), each synthesized by Flite in `voice`, LINE_SENTENCE_GAP_SECONDS apart; 16 kHz mono.
 */
export async function spokenLine(line: string, voice: FliteVoice = "slt"): Promise<Float32Array> {
  const splitter = new SentenceSplitter();
  const sentences = [...splitter.push(line), ...splitter.finish()];
  const spoken: Float32Array[] = [];
  for (const sentence of sentences) spoken.push((await synthesize(sentence, voice)).pcm);
  const gap = Math.round(LINE_SENTENCE_GAP_SECONDS * FLITE_SAMPLE_RATE);
  const pcm = new Float32Array(spoken.reduce((n, part) => n + part.length + gap, 0));
  let at = 0;
  for (const part of spoken) {
    pcm.set(part, at);
    at += part.length + gap;
  }
  return pcm;
}

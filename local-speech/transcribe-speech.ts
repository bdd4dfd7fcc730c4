// What the local speech server does with an upload: finds the speech in it with Silero VAD, keeps
// silence and noise away from Whisper (which makes words up for them), and cuts audio longer than one
// Whisper window at pauses, so an upload of any length it accepts is transcribed whole.
import { segmentDurationMs, type SegmenterOptions } from "../app/audio/vad/segmenter.ts";
import { joinSegmentTranscripts, type SegmentTranscript } from "../worker/live/join-transcript.ts";
import { keepSpokenText } from "../worker/live/no-speech.ts";
import { segmentSpeech } from "./vad.ts";

/**
 * Pieces of one Whisper window (30 s) at most, with room for a second of overlap; cut at a pause once
 * 20 s long (the recorder's own segments, at most 15 s, stay whole), and silence of 2 s or more before
 * speech split off, never transcribed.
 */
export const SERVER_SEGMENTS: Partial<SegmenterOptions> = {
  minSegmentMs: 20_000,
  softMaxMs: 24_000,
  maxSegmentMs: 28_000,
  overlapMs: 1_000,
};

/**
 * The transcript of 16 kHz mono PCM: "" when Silero hears no speech in it, else each piece with speech
 * transcribed in turn (with `prompt`, the client's, as Whisper's previous text) and the pieces joined (words an overlap repeats kept once, Whisper's no-speech
 * outputs dropped from pieces with too little speech to have said them).
 */
export async function transcribeSpeech(
  pcm: Float32Array,
  transcribe: (pcm: Float32Array, options: { prompt?: string }) => Promise<{ text: string }>,
  { prompt }: { prompt?: string } = {},
): Promise<string> {
  const parts: SegmentTranscript[] = [];
  for (const segment of await segmentSpeech(pcm, SERVER_SEGMENTS)) {
    const text = segment.voicedMs === 0 ? "" : keepSpokenText((await transcribe(segment.samples, { prompt })).text, segment.voicedMs);
    parts.push({ text, overlapMs: segment.overlapMs, durationMs: segmentDurationMs(segment) });
  }
  return joinSegmentTranscripts(parts);
}


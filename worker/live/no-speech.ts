// Whisper's known inventions on audio with little or no speech ("you", "Thank you for watching.").
// The transcriber drops them from segments that hold too little speech to have said them, for every
// provider: the local Whisper, Workers AI's and any OpenAI-compatible one are all Whisper underneath.

/**
 * Texts Whisper produces from silence, breath or noise, normalised (lowercase, no punctuation). From
 * openai/whisper's issue tracker and discussions (#928, #1606: "you", "thank you", subtitle credits)
 * and what Whisper base did here on 3–15 s of silence and faint noise ("you").
 */
const NO_SPEECH_OUTPUTS = new Set([
  "you",
  "you you",
  "thank you",
  "thank you very much",
  "thank you so much",
  "thanks",
  "thanks for watching",
  "thank you for watching",
  "thank you so much for watching",
  "thanks for watching and see you next time",
  "please subscribe",
  "subscribe",
  "bye",
  "bye bye",
  "goodbye",
  "i'm",
  "im",
  "so",
  "okay",
  "oh",
  "hmm",
  "uh",
  "um",
  "the end",
  "music",
  "blank audio",
  "silence",
  "subtitles by the amaraorg community",
]);

/** A segment with less voiced audio than this cannot hold a real sentence of its own. */
export const NO_SPEECH_VOICED_MS_MAX = 1_500;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The transcript to keep for one segment: "" when `text` is one of Whisper's no-speech outputs (or
 * only punctuation, brackets or music notes) and the segment held less than NO_SPEECH_VOICED_MS_MAX
 * of voiced audio. `voicedMs` is null when the recorder could not tell, and then only the known
 * outputs are dropped. Anything else is kept as it is.
 */
export function keepSpokenText(text: string, voicedMs: number | null): string {
  const words = normalise(text.replace(/\[[^\]]*\]|\([^)]*\)|[♪♫]/g, " "));
  if (words === "") return "";
  const little = voicedMs === null || voicedMs < NO_SPEECH_VOICED_MS_MAX;
  return little && NO_SPEECH_OUTPUTS.has(words) ? "" : text.trim();
}

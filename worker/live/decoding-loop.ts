// Whisper's decoding loop: on some audio its decoder repeats one phrase until it runs out of tokens ("I'm sorry,
// I'm sorry, …" fifty times for three seconds of speech that said something else), most often when a prompt
// steers it. Every provider is Whisper underneath, so the transcriber checks each segment's text, for all of them.

/** The longest phrase, in words, whose repeats are looked for: Whisper's loops are a word, a clause or a short sentence. */
const PHRASE_WORDS_MAX = 12;

/**
 * Copies in a row that make a loop: people repeat a word for emphasis or while stuck ("no, no, no, no", "very very
 * very"), rarely six times; a phrase of two words or more, rarely four. Whisper's loops run to dozens of copies.
 */
const WORD_COPIES_MIN = 6;
const PHRASE_COPIES_MIN = 4;

/** How a word is compared: its letters, digits and apostrophes, lower case ("Sorry," and "sorry" are the same). */
const comparable = (token: string) => token.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, "");

/**
 * `text` with every run of a repeated phrase (WORD_COPIES_MIN copies of one word in a row, PHRASE_COPIES_MIN of a
 * longer phrase) cut to its first copy, the words around it kept as written; `looped` says whether one was cut.
 * Words are split at whitespace and compared by their letters and digits only.
 */
export function cutDecodingLoops(text: string): { text: string; looped: boolean } {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const words = tokens.map(comparable);
  const kept: string[] = [];
  let looped = false;
  for (let i = 0; i < tokens.length; ) {
    const run = longestRun(words, i);
    if (run) {
      kept.push(...tokens.slice(i, i + run.phrase));
      i += run.phrase * run.copies;
      looped = true;
      continue;
    }
    kept.push(tokens[i]!);
    i++;
  }
  return { text: looped ? kept.join(" ") : text.trim(), looped };
}

/** The repeated phrase starting at `start` with the most words repeated, if it has enough copies to be a loop. */
function longestRun(words: readonly string[], start: number): { phrase: number; copies: number } | null {
  let best: { phrase: number; copies: number } | null = null;
  for (let phrase = 1; phrase <= PHRASE_WORDS_MAX && start + phrase * 2 <= words.length; phrase++) {
    if (words.slice(start, start + phrase).some((word) => word === "")) break;
    let copies = 1;
    while (sameAt(words, start, start + copies * phrase, phrase)) copies++;
    const enough = copies >= (phrase === 1 ? WORD_COPIES_MIN : PHRASE_COPIES_MIN);
    if (enough && (!best || phrase * copies > best.phrase * best.copies)) best = { phrase, copies };
  }
  return best;
}

function sameAt(words: readonly string[], a: number, b: number, length: number): boolean {
  if (b + length > words.length) return false;
  for (let k = 0; k < length; k++) if (words[a + k] !== words[b + k]) return false;
  return true;
}

/**
 * One segment's transcript free of a decoding loop. `transcribe(true)` transcribes with the verbatim prompt (how
 * every segment is sent); when that loops, the segment is transcribed once more without it (the prompt is what
 * steers Whisper into it; openai/whisper's transcribe.py likewise drops the previous text when it redoes a
 * decode), and if that loops as well, its loops are cut to one copy. Errors of `transcribe` pass through.
 */
export async function transcribeWithoutLoop(transcribe: (withPrompt: boolean) => Promise<string>): Promise<string> {
  const heard = await transcribe(true);
  if (!cutDecodingLoops(heard).looped) return heard;
  return cutDecodingLoops(await transcribe(false)).text;
}

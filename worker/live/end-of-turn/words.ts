// The words signal of the end of turn: whether the transcript of an answer so far reads as a finished thought.
// Rules, in order, with the phrase lists in phrases.ts:
//   1. nothing heard → unsure;
//   2. the last words are an open ending (a hesitation sound, a conjunction, a preposition, an article: "and", "um",
//      "because", "of the"; or a preposition right after a noun or an adjective, "an index with"), or the text trails
//      off in an ellipsis or a dash (Whisper's own marks for speech that stops mid-thought: "…database, and...",
//      "what helped most was-") → unfinished;
//   3. a list was announced ("three reasons", "a couple of things") and fewer items were opened since, none of them
//      the last ("finally"), or the last item opened is the first ("There were a couple of steps. First, we
//      measured.": Whisper often mishears the announcement) → unfinished;
//   4. a question back ("does that make sense?", any sentence ending in "?") or a closing phrase in the last
//      sentence ("so that's how…", "and that was it") → finished;
//   5. an announced list has all its items → finished;
//   6. the last sentence is a complete clause (a subject and a verb, three words or more; wink-nlp's tags) → finished;
//   7. anything else (a fragment: "the cache layer") → unsure.
// The transcript is Whisper's, whose final full stop is no evidence (it ends almost every segment with one), so only
// "?" and "..." count among the punctuation.
import { tag, wordsOf } from "../../ai/offline/tagger";
import { SentenceSplitter } from "../../protocol/sentences";
import type { TurnWords } from "../../protocol/socket";
import { canonicalWords } from "../../feedback/spoken-words";
import { TURN_PHRASES, type TurnPhrases } from "./phrases";


/** The verdict and the rule that gave it (1–7 above), so a benchmark can say which rule erred. */
export interface TurnWordsVerdict {
  words: TurnWords;
  rule: "nothing" | "open-ending" | "list-open" | "question" | "closing" | "list-done" | "clause" | "fragment";
}

/** Whether `words` ends with the words of `phrase`. */
const endsWith = (words: readonly string[], phrase: string) => {
  const tail = phrase.split(" ");
  return tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);
};

/** Where `phrase` first starts in `words` at or after `from`, or -1. */
function indexOf(words: readonly string[], phrase: string, from = 0): number {
  const parts = phrase.split(" ");
  for (let i = from; i + parts.length <= words.length; i++) if (parts.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/** Parts of speech after which a trailing preposition opens a phrase still to come (wink-nlp's universal tags). */
const OPEN_BEFORE_PREPOSITION = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** The last list item opened in `sentences` is a first one ("First, we measured."), with no later item marker. */
function firstItemLast(sentences: readonly string[], phrases: TurnPhrases): boolean {
  const opened = sentences.map((sentence) => canonicalWords(sentence.replace(/[’‘]/g, "'")));
  const at = opened.findLastIndex((words) => phrases.firstItem.some((marker) => indexOf(words, marker) === 0));
  if (at < 0) return false;
  const rest = opened.slice(at).flat().slice(1);
  return !phrases.itemMarkers.some((marker) => !phrases.firstItem.includes(marker) && indexOf(rest, marker) >= 0);
}

/** The last list announced: open (its count, and the items opened after it, fall short), done, or none. */
function listState(words: readonly string[], phrases: TurnPhrases): "open" | "done" | null {
  let state: "open" | "done" | null = null;
  for (const [count, items] of Object.entries(phrases.listCounts)) {
    for (let at = indexOf(words, count); at >= 0; at = indexOf(words, count, at + 1)) {
      const after = at + count.split(" ").length;
      // "three reasons", "three main reasons", "a couple of big things": the noun within two words of the count.
      if (!words.slice(after, after + 3).some((w) => phrases.listNouns.includes(w))) continue;
      const rest = words.slice(after);
      const opened = phrases.itemMarkers.reduce((n, marker) => n + (indexOf(rest, marker) >= 0 ? 1 : 0), 0);
      const last = phrases.lastItem.some((marker) => indexOf(rest, marker) >= 0);
      state = !last && opened < items ? "open" : "done";
    }
  }
  return state;
}

/**
 * Reads `transcript` (the answer's words so far, as speech-to-text wrote them) for whether its thought is complete.
 * Pure and deterministic; `phrases` is for tests.
 */
export function judgeTurnWords(transcript: string, phrases: TurnPhrases = TURN_PHRASES): TurnWordsVerdict {
  const words = canonicalWords(transcript.replace(/[’‘]/g, "'"));
  if (words.length === 0) return { words: "unsure", rule: "nothing" };
  if (phrases.openEndings.some((ending) => endsWith(words, ending)) || /(\.\.\.|…|[-–—])\s*$/.test(transcript)) return { words: "unfinished", rule: "open-ending" };
  const splitter = new SentenceSplitter();
  const sentences = [...splitter.push(transcript), ...splitter.finish()];
  const last = sentences.at(-1) ?? transcript;
  const tagged = wordsOf(tag(last));
  const [before, final] = [tagged.at(-2), tagged.at(-1)];
  if (final && before && OPEN_BEFORE_PREPOSITION.has(before.pos) && phrases.openPrepositions.includes(canonicalWords(final.text).join(" "))) {
    return { words: "unfinished", rule: "open-ending" };
  }
  const list = listState(words, phrases);
  if (list === "open" || firstItemLast(sentences, phrases)) return { words: "unfinished", rule: "list-open" };
  if (last.trim().endsWith("?")) return { words: "finished", rule: "question" };
  const lastWords = canonicalWords(last.replace(/[’‘]/g, "'"));
  if (phrases.closingPhrases.some((phrase) => indexOf(lastWords, phrase) >= 0)) return { words: "finished", rule: "closing" };
  // Its last item may be a phrase without a verb ("Second, the cost."): the list said, the answer is.
  if (list === "done") return { words: "finished", rule: "list-done" };
  const tokens = tagged;
  const subject = tokens.some((t) => t.pos === "PRON" || t.pos === "NOUN" || t.pos === "PROPN");
  const verb = tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
  if (tokens.length >= 3 && subject && verb) return { words: "finished", rule: "clause" };
  return { words: "unsure", rule: "fragment" };
}

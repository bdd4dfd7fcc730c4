// Finds filler words and phrases in a transcript, judged in context: "like" in "it was, like, slow"
// but not in "I like Python". Used by the delivery metrics and the communication score.
//
// What counts (transcripts come from speech-to-text, whose commas mark pauses only roughly):
// - hesitation sounds ("um", "uh", "er", "hmm"…): always;
// - "like": as a pause word or hedge ("it was, like, really slow", "like ten seconds"), never as a
//   verb ("I like Python", "would like to") or a comparison ("things like Redis", "looks like a queue");
// - "basically", "literally": opening a sentence or set off by pauses, not inside a clause
//   ("it was basically a cache");
// - "actually": only set off by pauses ("Actually, …", "we, actually, …"); "the query actually
//   returned nothing" is meaning;
// - "so": opening the whole answer ("So, the event loop…"), or opening a sentence followed by a
//   pause or another filler ("So, um"); an opening "So," is a habit interview coaches count. A "so"
//   that links a result ("so I added an index"), "so that", "so slow" and "I think so" are meaning;
// - "right": as a tag asking for agreement ("it's async, right?") or an opening "Right,"; not "the
//   right answer" or "right after";
// - "well": opening a sentence before a pause ("Well, we tried"); not "it worked well";
// - "you know", "I mean": set off as an aside ("you know, the cache…", "I mean, …"), not "do you
//   know the answer", "you know how it works", "what I mean is";
// - "kind of", "sort of": as a hedge ("it kind of worked"), not naming a kind ("a kind of index").
// "just" is left out: it usually means "only" or "a moment ago".
import { tag, type Token } from "../ai/offline/tagger";

/** Hesitation sounds: never words. */
export const HESITATIONS: ReadonlySet<string> = new Set(["um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "mm"]);

/** One filler where it was said: `index` is the offset of its first word in the text. */
export interface FillerAt {
  filler: string;
  index: number;
}

interface Item extends Token {
  index: number;
}

const SENTENCE_END = new Set([".", "!", "?", "…"]);
const PAUSE = new Set([",", ";", ":", "—", "–", "-", "...", "…"]);
/** Words that may come before a filler at the start of a sentence without taking that place themselves. */
const OPENERS = new Set(["and", "but", "so", "yeah", "okay", "ok", "oh", ...HESITATIONS]);
/** Before "like", these make it a comparison or an approximation with meaning. */
const LIKE_COMPARISON = new Set([
  "look", "seem", "sound", "feel", "act", "behave", "something", "anything", "nothing", "more", "less", "much",
  "exactly", "just", "thing", "stuff", "lot",
]);
/** Who can like something: "I like", "people who like". */
const PERSONS = new Set(["i", "you", "we", "they", "he", "she", "who", "people", "everyone", "users", "customers"]);
/** "like I said" is "as I said". */
const LIKE_AS = new Set(["said", "say", "mentioned", "mention", "discussed", "explained", "described"]);
/** After "you know", these make it a real verb with an object ("you know how it works"). */
const KNOW_OBJECT = new Set(["how", "what", "why", "when", "where", "who", "which", "that", "about", "it", "this", "if", "whether"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "what", "some", "any", "one", "every", "each", "which", "another", "no"]);

function items(text: string): Item[] {
  const result: Item[] = [];
  let cursor = 0;
  for (const token of tag(text)) {
    const found = text.indexOf(token.text, cursor);
    const index = found >= 0 ? found : cursor;
    if (found >= 0) cursor = found + token.text.length;
    result.push({ ...token, index });
  }
  return result;
}

const isWord = (t: Item | undefined) => t !== undefined && t.pos !== "PUNCT" && /[\p{L}\p{N}]/u.test(t.text);
// A hyphen inside a word ("well-known") is no pause; a spaced dash is.
const isPause = (t: Item | undefined) =>
  t === undefined || (t.pos === "PUNCT" && (PAUSE.has(t.text) || SENTENCE_END.has(t.text)) && (t.text !== "-" || t.spaced));
const isEnd = (t: Item | undefined) => t === undefined || (t.pos === "PUNCT" && SENTENCE_END.has(t.text));
const isNounPhrase = (t: Item | undefined) => t !== undefined && ["DET", "NOUN", "PROPN"].includes(t.pos) && !HESITATIONS.has(t.lower);

class Reader {
  constructor(private readonly all: Item[]) {}
  at = (i: number) => this.all[i];
  /** Whether the word at `i` opens its sentence, allowing "and", "so", "um"… before it. */
  opensSentence(i: number): boolean {
    for (let j = i - 1; j >= 0; j--) {
      const t = this.all[j]!;
      if (isEnd(t)) return true;
      if (t.pos === "PUNCT" || OPENERS.has(t.lower)) continue;
      return false;
    }
    return true;
  }
  /** Whether the word at `i` is the answer's first word. */
  opensAnswer(i: number): boolean {
    return this.all.slice(0, i).every((t) => !isWord(t) || HESITATIONS.has(t.lower));
  }
  /** Whether a pause (or the text's edge) sits right before `from` and right after `to`. */
  setOff(from: number, to: number): boolean {
    return (isPause(this.all[from - 1]) || this.opensSentence(from)) && isPause(this.all[to + 1]);
  }
}

function likeIsFiller(r: Reader, i: number): boolean {
  const prev = r.at(i - 1);
  const next = r.at(i + 1);
  // A verb needs someone doing the liking right before it: "I like", "would like", "people who
  // really like". The tagger is not reliable here, so a person or a modal settles it; after a
  // noun ("users like" or "things like") the tagger decides.
  let subject = i - 1;
  while (r.at(subject)?.pos === "ADV") subject--;
  const before = r.at(subject);
  if (before && (PERSONS.has(before.lower) || (before.pos === "AUX" && before.lemma !== "be") || before.lower === "to")) return false;
  if (before && ["NOUN", "PROPN"].includes(before.pos) && !HESITATIONS.has(before.lower) && r.at(i)!.pos === "VERB") return false;
  if (prev && LIKE_COMPARISON.has(prev.lemma)) return false;
  if (next && ["i", "we", "you", "they"].includes(next.lower) && LIKE_AS.has(r.at(i + 2)?.lower ?? "")) return false;
  // Quoting someone: "I was like, why is this slow" or "they're like, no way".
  if (prev?.lemma === "be" && ["i", "he", "she", "they", "we", "you"].includes(r.at(i - 2)?.lower ?? "")) return false;
  if (isPause(next)) return true;
  // "like Redis", "like a queue", "like most teams": a comparison or an example. Before a number
  // ("like ten seconds") it only hedges.
  if (isNounPhrase(next) || (next?.pos === "ADJ" && isNounPhrase(r.at(i + 2)))) return false;
  return true;
}

function soIsFiller(r: Reader, i: number): boolean {
  const next = r.at(i + 1);
  if (next?.lower === "that" || next?.lower === "far" || next?.lower === "on") return false;
  if (r.opensAnswer(i)) return true;
  return r.opensSentence(i) && (isPause(next) || HESITATIONS.has(next?.lower ?? "") || ["yeah", "basically", "like"].includes(next?.lower ?? ""));
}

/** Each filler with where it was said, in order. */
export function findFillers(text: string): FillerAt[] {
  const all = items(text);
  const r = new Reader(all);
  const found: FillerAt[] = [];
  const add = (filler: string, i: number) => found.push({ filler, index: all[i]!.index });
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    if (!isWord(t)) continue;
    const word = t.lower;
    const next = all[i + 1];
    const pair = isWord(next) ? `${word} ${next!.lower}` : "";
    if (HESITATIONS.has(word)) add(word, i);
    else if (pair === "you know") {
      const prev = all[i - 1];
      const asked = prev !== undefined && isWord(prev) && ["AUX", "PART", "SCONJ"].includes(prev.pos);
      const object = all[i + 2];
      const hasObject = isWord(object) && (KNOW_OBJECT.has(object!.lower) || isNounPhrase(object)) && !/^what i mean/.test(`${object!.lower} ${all[i + 3]?.lower} ${all[i + 4]?.lower}`);
      if (!asked && !hasObject) add(pair, i);
      i++;
    } else if (pair === "i mean") {
      if (isPause(all[i + 2]) && !["what", "which"].includes(all[i - 1]?.lower ?? "")) add(pair, i);
      i++;
    } else if (pair === "kind of" || pair === "sort of") {
      const after = all[i + 2];
      const naming = DETERMINERS.has(all[i - 1]?.lower ?? "") || (isWord(after) && ["NOUN", "PROPN", "DET", "NUM"].includes(after!.pos));
      if (!naming) add(pair, i);
      i++;
    } else if (word === "like") {
      if (likeIsFiller(r, i)) add(word, i);
    } else if (word === "basically" || word === "literally") {
      if (r.opensSentence(i) || r.setOff(i, i)) add(word, i);
    } else if (word === "actually") {
      if (r.setOff(i, i)) add(word, i);
    } else if (word === "so") {
      if (soIsFiller(r, i)) add(word, i);
    } else if (word === "right") {
      const tag = isPause(all[i - 1]) && (isEnd(next) || next?.text === "?");
      const opening = r.opensSentence(i) && (isPause(next) || next?.lower === "so");
      if (tag || opening) add(word, i);
    } else if (word === "well") {
      if (r.opensSentence(i) && (isPause(next) || HESITATIONS.has(next?.lower ?? ""))) add(word, i);
    }
  }
  return found;
}

/** How often each filler was said, keyed by the filler as written lower-case ("like", "you know"); empty when none. */
export function countFillers(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { filler } of findFillers(text)) counts[filler] = (counts[filler] ?? 0) + 1;
  return counts;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

// Finds filler words and phrases in a transcript ("um", "you know", "basically", filler "like"…).
// Used by the delivery metrics; conservative where a word also has a real meaning.

/** Always fillers. */
const SOUNDS = new Set(["um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "mm"]);
/** Fillers whenever they appear; a sentence rarely needs them. */
const WORDS = new Set(["basically", "actually", "literally"]);
const PHRASES = ["you know", "i mean"];
/** "a kind of index" is meaning, "it kind of works" is filler: skip after a determiner. */
const HEDGES = ["kind of", "sort of"];
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "what", "some", "any", "one", "every", "each", "which"]);

interface Token {
  word: string;
  /** A comma or sentence boundary right before / after the word. */
  breakBefore: boolean;
  breakAfter: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /([a-z']+)|([,.;:!?—–-]+)/gi;
  let pendingBreak = true;
  for (const match of text.toLowerCase().matchAll(pattern)) {
    if (match[2]) {
      pendingBreak = true;
      const last = tokens[tokens.length - 1];
      if (last) last.breakAfter = true;
      continue;
    }
    tokens.push({ word: match[1]!, breakBefore: pendingBreak, breakAfter: false });
    pendingBreak = false;
  }
  return tokens;
}

export function countFillers(text: string): Record<string, number> {
  const tokens = tokenize(text);
  const counts: Record<string, number> = {};
  const add = (filler: string) => (counts[filler] = (counts[filler] ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    const { word, breakBefore, breakAfter } = tokens[i]!;
    const pair = i + 1 < tokens.length ? `${word} ${tokens[i + 1]!.word}` : "";
    if (SOUNDS.has(word) || WORDS.has(word)) add(word);
    else if (PHRASES.includes(pair)) {
      add(pair);
      i++;
    } else if (HEDGES.includes(pair) && !DETERMINERS.has(tokens[i - 1]?.word ?? "")) {
      add(pair);
      i++;
    } else if (word === "like" && (breakBefore || breakAfter)) {
      // "it was, like, fast" or "Like, I think": set off by pauses, it carries no meaning.
      add("like");
    }
  }
  return counts;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

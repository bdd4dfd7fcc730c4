// Word error rate of a transcript against the words actually spoken, and the longest run of spoken
// words the transcript lost: how bench:wer and the counting end-to-end test judge what was heard.
import { diffArrays } from "diff";
import numberToWords from "number-to-words";

/**
 * The words of `text` in one canonical spelling, so only real differences count: lower case, no
 * punctuation, hyphens and digits spelled out ("Twenty-one" and "21" are both "twenty one"), "%" as
 * "percent", "and" inside numbers kept as said.
 */
export function canonicalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/(\d+(?:\.\d+)?)\s*%/g, "$1 percent")
    .replace(/\d+(?:\.\d+)?/g, (digits) => ` ${spellNumber(digits)} `)
    .replace(/[‐-―-]/g, " ")
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

function spellNumber(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const spoken = numberToWords.toWords(Number(whole)).replace(/,/g, "");
  return fraction ? `${spoken} point ${[...fraction].map((d) => numberToWords.toWords(Number(d))).join(" ")}` : spoken;
}

export interface WordErrors {
  /** (substitutions + deletions + insertions) / words spoken; 0 when nothing was spoken. */
  wer: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  /** Words spoken. */
  words: number;
  /** The longest run of consecutive spoken words missing from the transcript (deleted, not misheard). */
  longestLostRun: number;
  /** That run's words, for the report. */
  lostRun: string[];
}

/**
 * Aligns the transcript to the reference word by word (the `diff` package's longest common
 * subsequence) and counts the errors: where removed and added words meet, pairs are substitutions and
 * the rest deletions or insertions, as a Levenshtein alignment would count them.
 */
export function wordErrors(reference: string, transcript: string): WordErrors {
  const spoken = canonicalWords(reference);
  const heard = canonicalWords(transcript);
  const parts = diffArrays(spoken, heard);
  let substitutions = 0;
  let deletions = 0;
  let insertions = 0;
  let lostRun: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.removed && !part.added) continue;
    const removed = part.removed ? part.value : [];
    const added = part.removed && parts[i + 1]?.added ? parts[++i]!.value : part.added ? part.value : [];
    const paired = Math.min(removed.length, added.length);
    substitutions += paired;
    deletions += removed.length - paired;
    insertions += added.length - paired;
    // Words replaced by as many others were misheard; only the surplus was lost outright.
    const lost = removed.slice(paired);
    if (lost.length > lostRun.length) lostRun = lost;
  }
  const errors = substitutions + deletions + insertions;
  return {
    wer: spoken.length === 0 ? 0 : errors / spoken.length,
    substitutions,
    deletions,
    insertions,
    words: spoken.length,
    longestLostRun: lostRun.length,
    lostRun,
  };
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * The numbers said in `text`, in order, however written ("21", "twenty-one" and "twenty one" are each
 * 21; "4647" stays 4647, two numbers run together); other words are skipped. How the counting test
 * reads a transcript.
 */
export function numbersSaid(text: string): number[] {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const numbers: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^\d+$/.test(word)) {
      numbers.push(Number(word));
      continue;
    }
    const tens = TENS.indexOf(word);
    const ones = ONES.indexOf(word);
    if (tens >= 2) {
      const next = ONES.indexOf(words[i + 1] ?? "");
      if (next >= 1 && next <= 9) {
        numbers.push(tens * 10 + next);
        i++;
      } else numbers.push(tens * 10);
    } else if (ones >= 0) numbers.push(ones);
  }
  return numbers;
}

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

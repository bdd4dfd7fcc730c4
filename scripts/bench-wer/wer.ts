// Word error rate of a transcript against the words actually spoken, and the longest run of spoken
// words the transcript lost: how bench:wer and the counting end-to-end test judge what was heard.
import { canonicalWords } from "../../worker/feedback/spoken-words.ts";

export { canonicalWords };

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
 * Aligns the transcript to the reference word by word with the least edits (Levenshtein: each
 * substitution, deletion and insertion costs 1), the alignment WER is defined by, and counts them.
 * A misheard word is a substitution; only spoken words with nothing heard in their place are lost.
 */
export function wordErrors(reference: string, transcript: string): WordErrors {
  const spoken = canonicalWords(reference);
  const heard = canonicalWords(transcript);
  const n = spoken.length;
  const m = heard.length;
  // cost[i][j]: fewest edits turning the first i spoken words into the first j heard ones.
  const cost = Array.from({ length: n + 1 }, (_, i) => Int32Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = spoken[i - 1] === heard[j - 1] ? 0 : 1;
      cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + same, cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  let substitutions = 0;
  let deletions = 0;
  let insertions = 0;
  let run: string[] = [];
  let lostRun: string[] = [];
  // Walk back from the end; on ties prefer a match or substitution, so a lost run is only what is really missing.
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && cost[i]![j] === cost[i - 1]![j - 1]! + (spoken[i - 1] === heard[j - 1] ? 0 : 1)) {
      if (spoken[i - 1] !== heard[j - 1]) substitutions++;
      run = [];
      i--;
      j--;
    } else if (i > 0 && cost[i]![j] === cost[i - 1]![j]! + 1) {
      deletions++;
      run = [spoken[i - 1]!, ...run];
      if (run.length > lostRun.length) lostRun = run;
      i--;
    } else {
      insertions++;
      j--;
    }
  }
  const errors = substitutions + deletions + insertions;
  return {
    wer: n === 0 ? 0 : errors / n,
    substitutions,
    deletions,
    insertions,
    words: n,
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

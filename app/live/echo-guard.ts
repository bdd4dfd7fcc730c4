// Tells the interviewer's own voice, heard back by the microphone, from the candidate's words: the room's
// barge-in (app/live/barge-in.ts) asks it about the first transcript of speech heard while the interviewer talks.
import { distance } from "fastest-levenshtein";

/** Words of `text` for comparison: lower case, hyphens as spaces, punctuation other than apostrophes dropped. */
export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-–—]/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/**
 * Whether a heard word is a line's word as speech-to-text writes it back: the same, or, for words of five letters or
 * more, within one edit per five letters ("interview" for "interviewer"). Shorter words must match exactly: "you"
 * and "your" are different words, and short words are where a candidate's own words meet the line's.
 */
function sameWord(heard: string, line: string): boolean {
  if (heard === line) return true;
  const longest = Math.max(heard.length, line.length);
  return Math.min(heard.length, line.length) >= 5 && distance(heard, line) <= Math.floor(longest / 5);
}

/**
 * How many heard words follow the line in order (a longest common subsequence, by dynamic programming), counting a
 * word speech-to-text split in two ("front end" for "Frontend") or joined ("frontend" for "front end") as matched.
 */
function commonInOrder(heard: readonly string[], line: readonly string[]): number {
  // best[i][j]: the most of heard[0..i) matched in order within line[0..j).
  const best = Array.from({ length: heard.length + 1 }, () => new Array<number>(line.length + 1).fill(0));
  for (let i = 1; i <= heard.length; i++) {
    for (let j = 1; j <= line.length; j++) {
      const h = heard[i - 1]!;
      const l = line[j - 1]!;
      let here = Math.max(best[i - 1]![j]!, best[i]![j - 1]!);
      if (sameWord(h, l)) here = Math.max(here, best[i - 1]![j - 1]! + 1);
      if (i >= 2 && sameWord(heard[i - 2]! + h, l)) here = Math.max(here, best[i - 2]![j - 1]! + 2);
      if (j >= 2 && sameWord(h, line[j - 2]! + l)) here = Math.max(here, best[i - 1]![j - 2]! + 1);
      best[i]![j] = here;
    }
  }
  return best[heard.length]![line.length]!;
}

/**
 * Share (0..1) of the words in `heard` that appear in `line` in the same order, as speech-to-text may write them
 * (see sameWord): 1 when every heard word repeats the line, near 0 for words of one's own. 0 when nothing was heard.
 */
export function echoShare(heard: string, line: string): number {
  const heardWords = comparableWords(heard);
  if (heardWords.length === 0) return 0;
  return commonInOrder(heardWords, comparableWords(line)) / heardWords.length;
}

/**
 * At or above this share, what was heard is the interviewer's own line. Measured by `npm run bench:echo`
 * (Whisper base on the pieces the room cuts from 13 interviewer lines in four Flite voices, and from bench:wer's
 * 15 answers compared with every line): echoes scored 0.71 at the lowest (p10 0.82), answers 0.29 at the
 * highest (p90 0.25); a run on other lines had one echo at 0.60 (kal16 mishearing "keys matter"). Halfway.
 */
export const ECHO_SHARE_MIN = 0.45;

/** Whether `heard` (a transcript) is the interviewer's `line` coming back through the microphone. */
export function isEcho(heard: string, line: string): boolean {
  return echoShare(heard, line) >= ECHO_SHARE_MIN;
}

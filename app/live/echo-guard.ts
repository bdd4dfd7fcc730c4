// Tells the interviewer's own voice, heard back by the microphone, from the candidate's words: the room's
// barge-in (app/live/barge-in.ts) asks it about the first transcript of speech heard while the interviewer talks.

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

/** Length of the longest common subsequence of two word lists (dynamic programming, one row). */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = word === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * Share (0..1) of the words in `heard` that appear in `line` in the same order: 1 when every heard word
 * repeats the line, near 0 for words of one's own. 0 when nothing was heard.
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

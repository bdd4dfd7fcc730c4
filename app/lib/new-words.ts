// What a growing transcript added since it was last read out: used to announce the candidate's own
// words as speech-to-text returns them, each phrase once (app/components/room/spoken-words.tsx).

/**
 * The words of `current` after the longest run of words it shares with `previous` from the start,
 * joined by single spaces; "" when it adds nothing. Transcripts grow a segment at a time, so this is
 * normally the new segment; if speech-to-text rewrote earlier words, only the rewritten tail is given.
 */
export function newWords(previous: string, current: string): string {
  const before = previous.split(/\s+/).filter(Boolean);
  const after = current.split(/\s+/).filter(Boolean);
  let shared = 0;
  while (shared < before.length && shared < after.length && before[shared] === after[shared]) shared++;
  return after.slice(shared).join(" ");
}

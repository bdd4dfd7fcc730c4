// The candidate's share of the talking, in words: shown in the report and written into its export.

/** Below this share the answers were short next to the questions: say so. */
const LOW_SHARE = 0.4;

export function talkShareText(share: number): string {
  const percent = Math.round(share * 100);
  const base = `You did ${percent}% of the talking (the interviewer's part is estimated from its words).`;
  return share < LOW_SHARE ? `${base} In a real interview the candidate usually talks most: give fuller answers.` : base;
}

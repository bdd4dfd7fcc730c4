// Decides how many questions of each kind an interview of a given length gets.

export interface PlanMix {
  opener: boolean;
  technical: number;
  behavioural: number;
  role: number;
}

/**
 * Slots are handed out in priority order, so short interviews keep what matters most:
 * one technical question per chosen skill, then behavioural, the opener, role, and more technical.
 */
export function planMix(count: number, skillCount: number, roleGroupCount: number): PlanMix {
  // The candidate picked these skills on purpose, so each gets a question before anything else.
  const coverage = Math.min(count, skillCount);
  let spare = count - coverage;

  // Roughly one behavioural question in four, once the interview is long enough to carry one.
  const behavioural = count >= 4 ? Math.min(spare, Math.max(1, Math.floor(count / 4))) : 0;
  spare -= behavioural;

  // An easy first question settles nerves, but only when it doesn't push out a chosen skill.
  const opener = spare > 0;
  if (opener) spare -= 1;

  // Below five questions a role question would leave too little room for technical ones;
  // long interviews for a title matching two groups ("Senior Backend") get one from each.
  const roleWanted = roleGroupCount === 0 || count < 5 ? 0 : count >= 10 ? Math.min(2, roleGroupCount) : 1;
  const role = Math.min(spare, roleWanted);
  spare -= role;

  return { opener, technical: coverage + spare, behavioural, role };
}

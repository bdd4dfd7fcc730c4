// How a microphone level (RMS) is shown and when it counts as "nothing heard"; used by the level meter component.

/** The quietest level the meter shows above empty, in dBFS. */
const METER_FLOOR_DB = -60;

/**
 * Levels the meter shows as empty (below -60 dBFS): a muted or wrong microphone. The hint uses the same line, so
 * "nothing heard yet" always matches what the bar shows.
 */
export const NEAR_SILENT_LEVEL = 10 ** (METER_FLOOR_DB / 20);

/** How long the level must stay near silent, before any words, before the candidate is asked to check: a few seconds of thought are normal. */
export const SILENT_HINT_AFTER_MS = 6_000;

/**
 * The meter's fill, 0..100, on a decibel scale: loudness is perceived logarithmically, and on a linear scale
 * normal speech (RMS 0.05..0.2) would barely move the bar.
 */
export function levelToPercent(level: number): number {
  if (!(level > 0)) return 0;
  const db = 20 * Math.log10(Math.min(1, level));
  return Math.round(Math.max(0, Math.min(1, 1 - db / METER_FLOOR_DB)) * 100);
}

export function isNearSilent(level: number): boolean {
  return !(level >= NEAR_SILENT_LEVEL);
}

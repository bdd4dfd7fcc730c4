// How the candidate takes turns, remembered per browser: hands-free (the microphone opens on their turn
// and the answer ends after a pause) or click-to-answer, and how long a pause ends an answer. Used by the
// interview room and its answer recorder.
import { useCallback, useState } from "react";
import { PATIENCE_MS_DEFAULT, PATIENCE_MS_MAX, PATIENCE_MS_MIN } from "../audio/vad/end-of-turn";

export interface TurnPreferences {
  handsFree: boolean;
  /** Silence after the last words that ends a hands-free answer, ms, whole seconds in [PATIENCE_MS_MIN, PATIENCE_MS_MAX]. */
  patienceMs: number;
}

/** The localStorage key; its value is JSON of TurnPreferences. */
export const TURN_PREFERENCES_KEY = "turn-preferences";

export const defaultTurnPreferences: TurnPreferences = { handsFree: true, patienceMs: PATIENCE_MS_DEFAULT };

/** The stored preferences, each field checked on its own: anything missing, malformed or out of range falls back to the default. */
export function parseTurnPreferences(stored: string | null): TurnPreferences {
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    value = null;
  }
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const { handsFree, patienceMs } = record;
  return {
    handsFree: typeof handsFree === "boolean" ? handsFree : defaultTurnPreferences.handsFree,
    patienceMs:
      typeof patienceMs === "number" && Number.isInteger(patienceMs / 1000) && patienceMs >= PATIENCE_MS_MIN && patienceMs <= PATIENCE_MS_MAX
        ? patienceMs
        : defaultTurnPreferences.patienceMs,
  };
}

function readStored(): string | null {
  try {
    return localStorage.getItem(TURN_PREFERENCES_KEY);
  } catch {
    return null; // storage blocked: the defaults, for this page only
  }
}

/** The preferences and a setter that stores them; a browser that refuses storage keeps them for this page. */
export function useTurnPreferences(): [TurnPreferences, (change: Partial<TurnPreferences>) => void] {
  const [preferences, setPreferences] = useState(() => parseTurnPreferences(readStored()));
  const update = useCallback((change: Partial<TurnPreferences>) => {
    setPreferences((current) => {
      const next = parseTurnPreferences(JSON.stringify({ ...current, ...change }));
      try {
        localStorage.setItem(TURN_PREFERENCES_KEY, JSON.stringify(next));
      } catch {
        // kept in memory only
      }
      return next;
    });
  }, []);
  return [preferences, update];
}

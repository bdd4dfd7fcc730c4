// Tells silence from speech before Whisper sees the audio: given pure silence (a candidate thinking,
// a muted microphone), Whisper invents words, most often "you" or "Thank you.".

/** Loudness is measured over frames this long: long enough for a syllable, short enough to catch one. */
const FRAME_MS = 30;

/**
 * Below this RMS (about -50 dBFS) in its loudest frame, audio holds no speech. Quiet speech peaks far
 * above it (around -30 dBFS); a room's background noise through an unprocessed microphone stays below.
 */
export const SILENCE_RMS = 0.003;

/** The RMS of the loudest FRAME_MS frame of mono PCM in [-1, 1]. */
export function loudestFrameRms(pcm: Float32Array, sampleRate: number): number {
  const frame = Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000));
  let loudest = 0;
  for (let start = 0; start < pcm.length; start += frame) {
    const end = Math.min(pcm.length, start + frame);
    let sum = 0;
    for (let i = start; i < end; i++) sum += pcm[i]! * pcm[i]!;
    loudest = Math.max(loudest, Math.sqrt(sum / (end - start)));
  }
  return loudest;
}

export function isSilent(pcm: Float32Array, sampleRate: number): boolean {
  return loudestFrameRms(pcm, sampleRate) < SILENCE_RMS;
}

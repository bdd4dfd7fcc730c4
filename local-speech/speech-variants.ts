// Small, deterministic changes to test speech (later, faster, slower, quieter, noisier): transcription.test.ts checks Whisper still hears it.
import { resample } from "./decode.ts";

/**
 * Int8 kernels differ between CPUs, so Whisper's numbers differ slightly from machine to machine. A fixture that
 * is still heard after these changes to its input is not at the edge of what the model hears anywhere.
 */
export interface SpeechVariant {
  name: string;
  /** 16 kHz mono PCM in, 16 kHz mono PCM out; the input is not changed. */
  apply(pcm: Float32Array): Float32Array;
}

const RATE = 16_000;
/** Whisper's log-mel frames hop by 160 samples; 600 is not a multiple, so every frame sees a different cut. */
const SHIFT_SAMPLES = 600;
const TEMPO_CHANGE = 0.06;
const QUIETER_DB = 20;
/** White noise this far below the speech: clearly audible, still easy for a listener. */
const NOISE_SNR_DB = 30;
/** Samples this small count as silence when measuring the speech's level. */
const SILENCE = 1e-3;

export const AS_SPOKEN: SpeechVariant = { name: "as spoken", apply: (pcm) => pcm };

export const SPEECH_VARIANTS: readonly SpeechVariant[] = [
  AS_SPOKEN,
  {
    name: `${((SHIFT_SAMPLES / RATE) * 1000).toFixed(1)} ms later`,
    apply: (pcm) => {
      const out = new Float32Array(pcm.length + SHIFT_SAMPLES);
      out.set(pcm, SHIFT_SAMPLES);
      return out;
    },
  },
  // Read at 16 kHz, audio resampled to fewer samples plays faster (and higher), to more samples slower.
  { name: `${TEMPO_CHANGE * 100}% faster`, apply: (pcm) => resample(pcm, RATE, Math.round(RATE / (1 + TEMPO_CHANGE))) },
  { name: `${TEMPO_CHANGE * 100}% slower`, apply: (pcm) => resample(pcm, RATE, Math.round(RATE / (1 - TEMPO_CHANGE))) },
  { name: `${QUIETER_DB} dB quieter`, apply: (pcm) => pcm.map((x) => x * 10 ** (-QUIETER_DB / 20)) },
  { name: `white noise ${NOISE_SNR_DB} dB below the speech`, apply: (pcm) => addNoise(pcm, NOISE_SNR_DB) },
];

/** Adds uniform white noise `snrDb` below the RMS of the non-silent samples, from a fixed seed (the same noise on every run). */
export function addNoise(pcm: Float32Array, snrDb: number): Float32Array {
  let energy = 0;
  let voiced = 0;
  for (const x of pcm) {
    if (Math.abs(x) > SILENCE) {
      energy += x * x;
      voiced++;
    }
  }
  if (voiced === 0) return pcm.slice();
  const noise = whiteNoise(pcm.length, Math.sqrt(energy / voiced) * 10 ** (-snrDb / 20));
  return pcm.map((x, i) => x + noise[i]!);
}

/** `length` samples of uniform white noise with RMS `rms`, from a fixed seed (the same noise on every run). */
export function whiteNoise(length: number, rms: number): Float32Array {
  // Uniform noise in [-a, a] has RMS a / sqrt(3).
  const amplitude = rms * Math.sqrt(3);
  let state = 1;
  return new Float32Array(length).map(() => {
    // Numerical Recipes' 32-bit linear congruential generator: deterministic and plenty for noise.
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return amplitude * ((state / 2 ** 32) * 2 - 1);
  });
}

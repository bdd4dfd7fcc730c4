// Turns the microphone's samples, at whatever rate the audio context runs, into 16 kHz frames of
// 512 samples: what the voice-activity detector takes and what segments are stored as. Used by the
// PCM capture when the browser would not run the context at 16 kHz itself.
import { VAD_FRAME_SAMPLES, VAD_SAMPLE_RATE } from "../vad/silero.ts";

/**
 * Streaming conversion to VAD_SAMPLE_RATE: each output sample is the mean of the input samples in its
 * own interval (a box filter, so what lies above the new Nyquist frequency is damped rather than folded
 * back whole), and samples are handed out in frames of VAD_FRAME_SAMPLES. At 16 kHz in, frames pass through.
 */
export class StreamResampler {
  readonly #ratio: number;
  readonly #frame = new Float32Array(VAD_FRAME_SAMPLES);
  #filled = 0;
  /** Input position (in input samples) where the next output sample's interval starts. */
  #position = 0;
  #sum = 0;
  #count = 0;

  constructor(inputRate: number) {
    if (!(inputRate >= VAD_SAMPLE_RATE)) throw new Error(`Audio at ${inputRate} Hz is below ${VAD_SAMPLE_RATE} Hz`);
    this.#ratio = inputRate / VAD_SAMPLE_RATE;
  }

  /** Calls `onFrame` with each completed frame (a fresh array each time). */
  push(input: Float32Array, onFrame: (frame: Float32Array) => void): void {
    for (let i = 0; i < input.length; i++) {
      this.#sum += input[i]!;
      this.#count++;
      this.#position++;
      if (this.#position < this.#ratio) continue;
      this.#position -= this.#ratio;
      this.#frame[this.#filled++] = this.#sum / this.#count;
      this.#sum = 0;
      this.#count = 0;
      if (this.#filled === VAD_FRAME_SAMPLES) {
        onFrame(this.#frame.slice());
        this.#filled = 0;
      }
    }
  }

  /** The samples of a last, incomplete frame, padded with silence; null when there are none. */
  flush(): Float32Array | null {
    if (this.#filled === 0) return null;
    const last = new Float32Array(VAD_FRAME_SAMPLES);
    last.set(this.#frame.subarray(0, this.#filled));
    this.#filled = 0;
    return last;
  }
}

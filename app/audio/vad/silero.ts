// Silero VAD v5 (the ONNX model shipped in @ricky0123/vad-web) behind one small class that runs on any
// onnxruntime with the common API: onnxruntime-web in the browser recorder, onnxruntime-node in the
// local speech server and the word-error-rate benchmark. Same model, same frames, same numbers.

/** The model's input: 16 kHz mono, 512 samples (32 ms) per frame. */
export const VAD_SAMPLE_RATE = 16_000;
export const VAD_FRAME_SAMPLES = 512;
export const VAD_FRAME_MS = (VAD_FRAME_SAMPLES / VAD_SAMPLE_RATE) * 1000;
/**
 * v5 sees the last 64 samples of the previous frame before each new one, so an onset on a frame
 * boundary is seen whole (`OnnxWrapper.__call__` in silero-vad's utils_vad.py does the same).
 */
const CONTEXT_SAMPLES = 64;

/** The part of onnxruntime's common API this uses (onnxruntime-web and onnxruntime-node both have it). */
export interface OrtRuntime {
  InferenceSession: { create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: "float32" | "int64", data: Float32Array | BigInt64Array, dims: readonly number[]) => OrtTensor;
}
interface OrtTensor {
  readonly data: unknown;
}
interface OrtSession {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor | undefined>>;
  release(): Promise<void>;
}

/**
 * Speech probability of consecutive frames of one stream. Calls are queued, so frames are judged in
 * the order they were handed in even when the caller does not wait (the model keeps state between frames).
 */
export class SileroVad {
  readonly #ort: OrtRuntime;
  readonly #session: OrtSession;
  #state: OrtTensor;
  #context = new Float32Array(CONTEXT_SAMPLES);
  #queue: Promise<unknown> = Promise.resolve();
  readonly #sampleRate: OrtTensor;

  private constructor(ort: OrtRuntime, session: OrtSession) {
    this.#ort = ort;
    this.#session = session;
    this.#state = this.#freshState();
    this.#sampleRate = new ort.Tensor("int64", BigInt64Array.from([BigInt(VAD_SAMPLE_RATE)]), []);
  }

  /** Loads the model (the bytes of silero_vad_v5.onnx). `sessionOptions` go to InferenceSession.create. */
  static async load(ort: OrtRuntime, model: Uint8Array, sessionOptions?: Record<string, unknown>): Promise<SileroVad> {
    return new SileroVad(ort, await ort.InferenceSession.create(model, sessionOptions));
  }

  /** Probability (0..1) that the frame holds speech. Throws unless it is VAD_FRAME_SAMPLES long. */
  probability(frame: Float32Array): Promise<number> {
    if (frame.length !== VAD_FRAME_SAMPLES) throw new Error(`Silero VAD takes frames of ${VAD_FRAME_SAMPLES} samples, got ${frame.length}`);
    const input = new Float32Array(CONTEXT_SAMPLES + VAD_FRAME_SAMPLES);
    input.set(this.#context, 0);
    input.set(frame, CONTEXT_SAMPLES);
    this.#context = frame.slice(-CONTEXT_SAMPLES);
    const run = this.#queue.then(async () => {
      const out = await this.#session.run({
        input: new this.#ort.Tensor("float32", input, [1, input.length]),
        state: this.#state,
        sr: this.#sampleRate,
      });
      const probability = (out.output?.data as Float32Array | undefined)?.[0];
      if (!out.stateN || typeof probability !== "number") throw new Error("Silero VAD returned no probability");
      this.#state = out.stateN;
      return probability;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Another detector on the same loaded model, with a state of its own (for a new stream). */
  fork(): SileroVad {
    return new SileroVad(this.#ort, this.#session);
  }

  /** Forgets the stream so far: the next frame starts a new one. */
  reset(): void {
    this.#state = this.#freshState();
    this.#context = new Float32Array(CONTEXT_SAMPLES);
  }

  release(): Promise<void> {
    return this.#session.release();
  }

  #freshState(): OrtTensor {
    return new this.#ort.Tensor("float32", new Float32Array(2 * 128), [2, 1, 128]);
  }
}

// Runs in the audio rendering thread (an AudioWorklet): copies the microphone's samples out in
// blocks, so the recorder can judge speech and cut segments itself. Loaded by pcm-capture.ts.

/** 128-sample render quanta gathered into blocks of this many before posting: ~85 ms at 48 kHz. */
const BLOCK = 4096;

// The worklet global scope's own names (not in the DOM lib).
declare const sampleRate: number;
declare function registerProcessor(name: string, processor: unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

class PcmCaptureProcessor extends AudioWorkletProcessor {
  #block = new Float32Array(BLOCK);
  #filled = 0;
  #stopped = false;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent) => {
      if (event.data !== "stop") return;
      this.#flush();
      this.#stopped = true;
      this.port.postMessage({ type: "stopped" });
    };
    this.port.postMessage({ type: "started", sampleRate });
  }

  process(inputs: Float32Array[][]): boolean {
    if (this.#stopped) return false;
    // The first channel only: the microphone is opened mono, and a stereo one is the same voice twice.
    const input = inputs[0]?.[0];
    if (!input) return true;
    let offset = 0;
    while (offset < input.length) {
      const take = Math.min(input.length - offset, BLOCK - this.#filled);
      this.#block.set(input.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      if (this.#filled === BLOCK) this.#flush();
    }
    return true;
  }

  #flush(): void {
    if (this.#filled === 0) return;
    const samples = this.#block.slice(0, this.#filled);
    this.port.postMessage({ type: "samples", samples }, [samples.buffer]);
    this.#filled = 0;
  }
}

registerProcessor("pcm-capture", PcmCaptureProcessor);

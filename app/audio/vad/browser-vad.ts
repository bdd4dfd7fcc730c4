// Loads Silero VAD in the browser: onnxruntime-web (WebAssembly, one thread) and the model file from
// @ricky0123/vad-web, both served with the app, run in a dedicated worker (vad-worker.ts) so neither
// loading nor judging frames blocks the page. Loaded once per page, on the first spoken answer.
import modelUrl from "@ricky0123/vad-web/dist/silero_vad_v5.onnx?url";
import wasmUrl from "onnxruntime-web/ort-wasm-simd-threaded.wasm?url";

/** What the page asks of the worker: load once, then frames of numbered streams (one per detector). */
export type VadRequest =
  | { type: "load"; wasmUrl: string; modelUrl: string }
  | { type: "frame"; stream: number; id: number; frame: Float32Array }
  | { type: "reset"; stream: number }
  | { type: "close"; stream: number };
export type VadReply =
  | { type: "loaded" }
  | { type: "load_failed"; message: string }
  | { type: "probability"; id: number; probability: number }
  | { type: "frame_failed"; id: number; message: string };

/** One loaded worker and the frames waiting for its answer. */
class VadWorker {
  #nextId = 0;
  #nextStream = 0;
  readonly #pending = new Map<number, { resolve: (p: number) => void; reject: (e: Error) => void }>();

  private constructor(readonly worker: Worker) {}

  /** Starts the worker and loads the model in it; rejects with why it could not. */
  static async start(): Promise<VadWorker> {
    const worker = new Worker(new URL("./vad-worker.ts", import.meta.url), { type: "module", name: "voice-activity" });
    const vad = new VadWorker(worker);
    await new Promise<void>((resolve, reject) => {
      worker.onerror = (event) => reject(new Error(event.message || "The voice activity worker failed to start"));
      worker.onmessage = (event: MessageEvent<VadReply>) => {
        const reply = event.data;
        if (reply.type === "loaded") resolve();
        else if (reply.type === "load_failed") reject(new Error(reply.message));
      };
      const absolute = (url: string) => new URL(url, location.href).href;
      vad.post({ type: "load", wasmUrl: absolute(wasmUrl), modelUrl: absolute(modelUrl) });
    }).catch((error: unknown) => {
      worker.terminate();
      throw error;
    });
    worker.onmessage = (event: MessageEvent<VadReply>) => vad.#settle(event.data);
    return vad;
  }

  post(request: VadRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  newStream(): number {
    return this.#nextStream++;
  }

  judge(stream: number, frame: Float32Array): Promise<number> {
    const id = this.#nextId++;
    // A copy is handed over: the caller keeps its frame for the recording.
    const copy = frame.slice();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.post({ type: "frame", stream, id, frame: copy }, [copy.buffer]);
    });
  }

  #settle(reply: VadReply): void {
    if (reply.type !== "probability" && reply.type !== "frame_failed") return;
    const waiting = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if (reply.type === "probability") waiting?.resolve(reply.probability);
    else waiting?.reject(new Error(reply.message));
  }
}

/**
 * A detector for one stream of frames, with its own model state: `probability` resolves with the
 * chance (0..1) that a 512-sample, 16 kHz frame holds speech, judged in the order frames were given.
 */
export class BrowserVad {
  readonly #stream: number;

  constructor(readonly worker: VadWorker) {
    this.#stream = worker.newStream();
  }

  probability(frame: Float32Array): Promise<number> {
    return this.worker.judge(this.#stream, frame);
  }

  /** Forgets the stream so far: the next frame starts a new one. */
  reset(): void {
    this.worker.post({ type: "reset", stream: this.#stream });
  }

  /** Another detector on the same loaded model. */
  fork(): BrowserVad {
    return new BrowserVad(this.worker);
  }

  /** Frees this detector's state in the worker. */
  release(): void {
    this.worker.post({ type: "close", stream: this.#stream });
  }
}

let loading: Promise<VadWorker> | undefined;

/** Starts loading the worker, runtime and model ahead of the first answer; failures wait for that answer. */
export function preloadBrowserVad(): void {
  loadBrowserVad().then(
    (vad) => vad.release(),
    () => undefined,
  );
}

/**
 * A fresh detector for one answer. The worker, runtime and model are loaded once; a failed load is
 * tried again on the next call. Rejects when the model cannot load here (no module workers or
 * WebAssembly, or the files could not be fetched): the recorder then judges speech by loudness.
 */
export async function loadBrowserVad(): Promise<BrowserVad> {
  loading ??= VadWorker.start().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return new BrowserVad(await loading);
}

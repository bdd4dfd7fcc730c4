// Loads Silero VAD in the browser: onnxruntime-web (WebAssembly, one thread) and the model file from
// @ricky0123/vad-web, both served with the app. Loaded once per page, on the first spoken answer.
import modelUrl from "@ricky0123/vad-web/dist/silero_vad_v5.onnx?url";
import wasmUrl from "onnxruntime-web/ort-wasm-simd-threaded.wasm?url";
import { SileroVad, type OrtRuntime } from "./silero.ts";

let loading: Promise<SileroVad> | undefined;

/**
 * A fresh detector for one answer (each keeps its own state across frames). The model and runtime
 * are fetched once; a failed load is tried again on the next call. Rejects when the model cannot
 * load here (no WebAssembly, or the files could not be fetched): the recorder then judges speech by loudness.
 */
export async function loadBrowserVad(): Promise<SileroVad> {
  loading ??= (async () => {
    const [ort, model] = await Promise.all([import("onnxruntime-web/wasm"), fetchModel()]);
    ort.env.wasm.wasmPaths = { wasm: wasmUrl };
    // Threads need cross-origin isolation, which this app does not ask for; one thread runs the model
    // in well under a millisecond per 32 ms frame.
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = "error";
    return SileroVad.load(ort as unknown as OrtRuntime, model);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  const shared = await loading;
  return shared.fork();
}

async function fetchModel(): Promise<Uint8Array> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`The voice activity model could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

// Silero VAD in a dedicated worker, so loading onnxruntime-web (a 14 MB WebAssembly module, seconds
// to compile on a busy laptop) and judging every 32 ms frame never hold up the page: the candidate's
// words, the countdown and the buttons stay live. Started by browser-vad.ts, which speaks to it.
import { SileroVad, type OrtRuntime } from "./silero.ts";
import type { VadReply, VadRequest } from "./browser-vad.ts";

let shared: SileroVad | undefined;
const streams = new Map<number, SileroVad>();
const reply = (message: VadReply) => self.postMessage(message);

async function load(wasmUrl: string, modelUrl: string): Promise<void> {
  const [ort, response] = await Promise.all([import("onnxruntime-web/wasm"), fetch(modelUrl)]);
  if (!response.ok) throw new Error(`The voice activity model could not be loaded (${response.status})`);
  ort.env.wasm.wasmPaths = { wasm: wasmUrl };
  // Threads need cross-origin isolation, which this app does not ask for; one thread runs the model
  // in well under a millisecond per 32 ms frame.
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  shared = await SileroVad.load(ort as unknown as OrtRuntime, new Uint8Array(await response.arrayBuffer()));
}

self.onmessage = (event: MessageEvent<VadRequest>) => {
  const request = event.data;
  switch (request.type) {
    case "load":
      load(request.wasmUrl, request.modelUrl).then(
        () => reply({ type: "loaded" }),
        (error: unknown) => reply({ type: "load_failed", message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    case "frame": {
      let vad = streams.get(request.stream);
      if (!vad) streams.set(request.stream, (vad = shared!.fork()));
      vad.probability(request.frame).then(
        (probability) => reply({ type: "probability", id: request.id, probability }),
        (error: unknown) => reply({ type: "frame_failed", id: request.id, message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    case "reset":
      streams.get(request.stream)?.reset();
      return;
    case "close":
      streams.delete(request.stream);
      return;
  }
};

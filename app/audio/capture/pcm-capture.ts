// Captures the microphone as 16 kHz frames through an AudioWorklet; the answer recorder judges each
// frame for speech and builds its segments from them. The audio context is the caller's, created in
// the click that started the answer (Safari only starts audio inside a user gesture).
import workletUrl from "./pcm-capture.worklet.ts?worker&url";
import { VAD_SAMPLE_RATE } from "../vad/silero.ts";
import { StreamResampler } from "./stream-resampler.ts";

export interface PcmCapture {
  /** Stops capturing; frames already captured are delivered first, then `onEnd`. */
  stop(): void;
  /** Stops at once and delivers nothing more. */
  close(): void;
}

export interface PcmCaptureHandlers {
  /** Each 16 kHz frame of VAD_FRAME_SAMPLES, in order. */
  onFrame(frame: Float32Array): void;
  /** After stop(): every frame has been delivered. */
  onEnd(): void;
}

/**
 * The context to capture in: at 16 kHz where the browser allows it (it then resamples the microphone
 * itself, with a better filter than ours), else at its own rate. Call it inside the user's click.
 */
export function createCaptureContext(): AudioContext {
  const Context = window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) throw new Error("Web Audio is not available in this browser");
  try {
    return new Context({ sampleRate: VAD_SAMPLE_RATE, latencyHint: "interactive" });
  } catch {
    return new Context();
  }
}

/**
 * Starts capturing `stream` in `context`. Rejects when the browser cannot run the capture (no
 * AudioWorklet, or the worklet would not load); the caller then cannot record and says so.
 */
export async function startPcmCapture(context: AudioContext, stream: MediaStream, handlers: PcmCaptureHandlers): Promise<PcmCapture> {
  if (!context.audioWorklet) throw new Error("This browser cannot process audio (no AudioWorklet)");
  await context.audioWorklet.addModule(workletUrl);
  const source = context.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(context, "pcm-capture", { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1 });
  // A silent path to the destination keeps the graph pulled in every engine, including Safari in a background tab.
  const mute = context.createGain();
  mute.gain.value = 0;
  source.connect(node);
  node.connect(mute);
  mute.connect(context.destination);

  const resampler = new StreamResampler(context.sampleRate);
  let open = true;
  const disconnect = () => {
    open = false;
    node.port.onmessage = null;
    source.disconnect();
    node.disconnect();
    mute.disconnect();
  };
  node.port.onmessage = (event: MessageEvent<{ type: "samples"; samples: Float32Array } | { type: "started" | "stopped" }>) => {
    if (!open) return;
    if (event.data.type === "samples") resampler.push(event.data.samples, handlers.onFrame);
    else if (event.data.type === "stopped") {
      const last = resampler.flush();
      if (last) handlers.onFrame(last);
      disconnect();
      handlers.onEnd();
    }
  };
  return {
    stop: () => {
      if (open) node.port.postMessage("stop");
    },
    close: () => {
      if (open) disconnect();
    },
  };
}

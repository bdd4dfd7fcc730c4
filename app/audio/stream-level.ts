// Measures how loud the microphone is right now (RMS) with Web Audio; used by the answer recorder for cuts and the meter.

export type CreateAudioContext = () => AudioContext;

type WebkitWindow = Window & { webkitAudioContext?: typeof AudioContext };

/** A new AudioContext, under Safari's older prefixed name where that is the only one. */
export function createBrowserAudioContext(): AudioContext {
  const Context = window.AudioContext ?? (window as WebkitWindow).webkitAudioContext;
  if (!Context) throw new Error("Web Audio is not available in this browser");
  return new Context();
}

/** Root mean square of samples in -1..1: the loudness measure the pause detector thresholds. */
export function rootMeanSquare(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

export interface StreamLevel {
  /** False while the context is suspended (not started yet, or refused to start): read() then returns silence. */
  readonly running: boolean;
  /** RMS (0..1) of the latest ~40 ms of audio. */
  read(): number;
  /** Frees the audio graph and closes its context (browsers allow only a few at once). */
  close(): void;
}

/**
 * Starts metering a stream. Call it synchronously inside a user gesture: Safari (and Chrome's autoplay policy)
 * only lets an AudioContext run if it was created or resumed there. `onResumeFailed` reports a context that
 * stays suspended, in which case read() returns silence.
 */
export function openStreamLevel(
  stream: MediaStream,
  createAudioContext: CreateAudioContext,
  onResumeFailed: (error: unknown) => void,
): StreamLevel {
  const context = createAudioContext();
  try {
    if (context.state !== "running") context.resume().catch(onResumeFailed);
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048; // ~43 ms at 48 kHz: a little under one 50 ms sampling interval
    // A silent path to the destination keeps the graph pulled in every engine, including Safari in a background tab.
    const mute = context.createGain();
    mute.gain.value = 0;
    source.connect(analyser);
    analyser.connect(mute);
    mute.connect(context.destination);
    const samples = new Float32Array(analyser.fftSize);
    return {
      get running() {
        return context.state === "running";
      },
      read() {
        analyser.getFloatTimeDomainData(samples);
        return rootMeanSquare(samples);
      },
      close() {
        source.disconnect();
        mute.disconnect();
        context.close().catch(() => {
          // Already closed: nothing left to free.
        });
      },
    };
  } catch (error) {
    context.close().catch(() => {});
    throw error;
  }
}

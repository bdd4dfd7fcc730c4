// Silero VAD in Node (onnxruntime-node, the model file from @ricky0123/vad-web): the local speech
// server uses it to keep non-speech from Whisper and to cut long uploads at pauses; the word-error-rate
// benchmark uses it to cut answers exactly as the browser recorder does.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";
import { SpeechSegmenter, type SegmenterOptions, type SpeechSegment } from "../app/audio/vad/segmenter.ts";
import { SileroVad, VAD_FRAME_SAMPLES, type OrtRuntime } from "../app/audio/vad/silero.ts";
import { SpeechTimeline, type SpeechTiming } from "../app/audio/vad/speech-timeline.ts";

export function vadModelPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@ricky0123/vad-web/package.json")), "dist", "silero_vad_v5.onnx");
}

let model: Promise<SileroVad> | undefined;

/** A detector with a fresh state; the model is read once per process. One thread: a frame takes well under a millisecond. */
export async function loadVad(): Promise<SileroVad> {
  model ??= readFile(vadModelPath()).then((bytes) =>
    SileroVad.load(ort as unknown as OrtRuntime, new Uint8Array(bytes), { intraOpNumThreads: 1, interOpNumThreads: 1 }),
  );
  return (await model).fork();
}

/**
 * Cuts 16 kHz mono PCM into segments with the recorder's own segmenter, judging each frame with
 * Silero, and times the speech as the recorder does. The tail shorter than a frame is padded with
 * silence. `options` adjust the segmenter (the server allows longer segments than the recorder).
 */
export async function analyseSpeech(
  pcm: Float32Array,
  options: Partial<SegmenterOptions> = {},
): Promise<{ segments: SpeechSegment[]; timing: SpeechTiming }> {
  const vad = await loadVad();
  const segments: SpeechSegment[] = [];
  const segmenter = new SpeechSegmenter((segment) => segments.push(segment), options);
  const timeline = new SpeechTimeline();
  for (let start = 0; start < pcm.length; start += VAD_FRAME_SAMPLES) {
    const frame = new Float32Array(VAD_FRAME_SAMPLES);
    frame.set(pcm.subarray(start, start + VAD_FRAME_SAMPLES));
    segmenter.push(frame, await vad.probability(frame));
    timeline.push(segmenter.inSpeech);
  }
  segmenter.finish();
  return { segments, timing: timeline.timing };
}

/** The segments of analyseSpeech alone. */
export async function segmentSpeech(pcm: Float32Array, options: Partial<SegmenterOptions> = {}): Promise<SpeechSegment[]> {
  return (await analyseSpeech(pcm, options)).segments;
}

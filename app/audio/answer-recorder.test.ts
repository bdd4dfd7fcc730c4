// Unit tests for the answer recorder, driven without a browser: frames arrive through a stand-in for
// the PCM capture, and a stand-in detector says which are speech.
import { describe, expect, it, vi } from "vitest";
import { AnswerRecorder, type AnswerRecorderOptions, type AnswerSegment, type VoiceDetector } from "./answer-recorder";
import type { PcmCaptureHandlers } from "./capture/pcm-capture";
import { VAD_FRAME_MS, VAD_FRAME_SAMPLES } from "./vad/silero";

/** Speech frames carry 0.2, silence 0: the stand-in detector reads the level. */
const SPEECH = 0.2;
const frame = (level: number) => new Float32Array(VAD_FRAME_SAMPLES).fill(level);
const byLevel: VoiceDetector = { probability: (f) => (f[0]! > 0.1 ? 0.95 : 0.02) };

function harness(options: Partial<AnswerRecorderOptions> = {}) {
  let handlers: PcmCaptureHandlers | undefined;
  const capture = { stop: vi.fn(() => queueMicrotask(() => handlers!.onEnd())), close: vi.fn() };
  const segments: AnswerSegment[] = [];
  const errors: string[] = [];
  const recorder = new AnswerRecorder(undefined, undefined, {
    loadDetector: async () => byLevel,
    startCapture: async (h) => {
      handlers = h;
      return capture;
    },
    onSegment: (s) => segments.push(s),
    onError: (e) => errors.push(e.kind),
    ...options,
  });
  const play = (plan: [ms: number, level: number][]) => {
    for (const [ms, level] of plan) for (let i = 0; i < Math.round(ms / VAD_FRAME_MS); i++) handlers!.onFrame(frame(level));
  };
  return { recorder, segments, errors, play, capture };
}

const wavSamples = async (segment: AnswerSegment) => ((await segment.blob.arrayBuffer()).byteLength - 44) / 2;

describe("AnswerRecorder", () => {
  it("turns a spoken answer into WAV segments cut at its pause, and measures when it was spoken", async () => {
    const { recorder, segments, play } = harness();
    await recorder.start();
    play([
      [1_000, 0],
      [4_000, SPEECH],
      [1_000, 0],
      [3_000, SPEECH],
      [2_000, 0],
    ]);
    await recorder.stop();
    // Cut in each pause; the silence after the last words ends the answer as a segment with nothing to transcribe.
    expect(segments.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(segments.map((s) => s.final)).toEqual([false, false, true]);
    expect(segments[2]!.voicedMs).toBe(0);
    expect(segments[0]!.blob.type).toBe("audio/wav");
    const samples = await Promise.all(segments.map(wavSamples));
    expect(samples.reduce((a, b) => a + b, 0)).toBe(Math.round(11_000 / VAD_FRAME_MS) * VAD_FRAME_SAMPLES);
    expect(segments.slice(0, 2).every((s) => s.voicedMs > 2_900)).toBe(true);
    const { firstVoicedMs, lastVoicedMs, voicedMs } = recorder.speech;
    expect(firstVoicedMs).toBeCloseTo(1_000, -2);
    expect(lastVoicedMs).toBeCloseTo(9_000, -2);
    expect(voicedMs).toBeCloseTo(7_000, -2);
  });

  it("reports every frame's speech probability in order, including those judged after stop", async () => {
    const probabilities: number[] = [];
    const { recorder, play } = harness({ onVoiceProbability: (p) => probabilities.push(p) });
    await recorder.start();
    play([
      [320, 0],
      [320, SPEECH],
    ]);
    await recorder.stop();
    expect(probabilities).toEqual([...Array<number>(10).fill(0.02), ...Array<number>(10).fill(0.95)]);
  });

  it("judges frames that arrive before the model has loaded, in order, once it has", async () => {
    let resolve: (d: VoiceDetector) => void = () => undefined;
    const { recorder, segments, play } = harness({ loadDetector: () => new Promise((r) => (resolve = r)) });
    await recorder.start();
    play([
      [4_000, SPEECH],
      [1_000, 0],
      [2_000, SPEECH],
    ]);
    expect(segments).toEqual([]);
    resolve(byLevel);
    await recorder.stop();
    expect(segments.map((s) => s.index)).toEqual([0, 1]);
    expect(recorder.speech.firstVoicedMs).toBe(0);
  });

  it("judges speech by loudness when the model cannot load, and says so", async () => {
    const fallback = vi.fn();
    const { recorder, segments, play } = harness({
      loadDetector: async () => {
        throw new Error("no WebAssembly");
      },
      onVoiceDetectionFallback: fallback,
    });
    await recorder.start();
    play([
      [500, 0.001],
      [4_000, SPEECH],
      [1_000, 0.001],
      [3_000, SPEECH],
    ]);
    await recorder.stop();
    expect(fallback).toHaveBeenCalledOnce();
    expect(segments.length).toBe(2);
    expect(recorder.speech.voicedMs).toBeGreaterThan(6_900);
  });

  it("a model that takes too long is given up for loudness", async () => {
    const fallback = vi.fn();
    const { recorder, segments, play } = harness({ loadDetector: () => new Promise(() => undefined), detectorTimeoutMs: 20, onVoiceDetectionFallback: fallback });
    await recorder.start();
    play([[3_000, SPEECH]]);
    await recorder.stop();
    expect(fallback).toHaveBeenCalledOnce();
    expect(segments.map((s) => s.final)).toEqual([true]);
  });

  it("stops by itself at the five-minute limit and says so", async () => {
    const limit = vi.fn();
    const { recorder, segments, play, capture } = harness({ onLimitReached: limit });
    await recorder.start();
    play([[5 * 60_000 + 2_000, SPEECH]]);
    expect(limit).toHaveBeenCalledOnce();
    expect(capture.stop).toHaveBeenCalled();
    await recorder.stop();
    const total = segments.reduce((sum, s) => sum + s.durationMs, 0);
    expect(total).toBeLessThanOrEqual(5 * 60_000);
    expect(segments.at(-1)!.final).toBe(true);
  });

  it("cancel() emits nothing more", async () => {
    const { recorder, segments, play } = harness();
    await recorder.start();
    play([[3_000, SPEECH]]);
    recorder.cancel();
    play([[3_000, SPEECH]]);
    await recorder.stop();
    expect(segments).toEqual([]);
  });

  it("reports a capture that cannot start, and emits nothing", async () => {
    const { recorder, segments, errors } = harness({
      startCapture: async () => {
        throw new Error("no AudioWorklet");
      },
    });
    await recorder.start();
    expect(errors).toEqual(["recording"]);
    await recorder.stop();
    expect(segments).toEqual([]);
  });
});

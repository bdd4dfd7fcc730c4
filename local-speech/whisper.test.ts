// Tests the weight check that keeps a tampered speech model package from loading, and the shortcut that computes
// Whisper's features only up to the padding.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AutoFeatureExtractor, env, type Tensor } from "@huggingface/transformers";
import { afterAll, describe, expect, it } from "vitest";
import { featuresOnlyUpToPadding, MODEL_ID, modelsDir, SAMPLE_RATE, verifyWeights, WEIGHT_SHA256, type FeatureExtractor } from "./whisper.ts";

const dir = mkdtempSync(join(tmpdir(), "whisper-weights-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("verifyWeights", () => {
  writeFileSync(join(dir, "model.onnx"), "the real weights");

  it("accepts files whose hashes match", async () => {
    await expect(verifyWeights(dir, { "model.onnx": sha256("the real weights") })).resolves.toBeUndefined();
  });

  it("refuses a tampered file and names it", async () => {
    writeFileSync(join(dir, "tampered.onnx"), "the real weights, plus a backdoor");
    await expect(verifyWeights(dir, { "tampered.onnx": sha256("the real weights") })).rejects.toThrow(
      /tampered\.onnx has sha256 [0-9a-f]{64}, expected [0-9a-f]{64}: refusing to load/,
    );
  });

  it("refuses when a weight file is missing", async () => {
    await expect(verifyWeights(dir, { "missing.onnx": sha256("x") })).rejects.toThrow(/missing\.onnx cannot be read/);
  });

  it("pins both quantized Whisper base weight files", () => {
    expect(Object.keys(WEIGHT_SHA256).sort()).toEqual([
      "onnx/decoder_model_merged_quantized.onnx",
      "onnx/encoder_model_quantized.onnx",
    ]);
    for (const hash of Object.values(WEIGHT_SHA256)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("featuresOnlyUpToPadding", () => {
  const load = async () => {
    env.allowRemoteModels = false;
    env.localModelPath = modelsDir();
    return (await AutoFeatureExtractor.from_pretrained(MODEL_ID)) as unknown as FeatureExtractor & ((pcm: Float32Array) => Promise<{ input_features: Tensor }>);
  };
  const features = async (pcm: Float32Array, fast: boolean) => {
    const extractor = await load();
    if (fast) featuresOnlyUpToPadding(extractor);
    return (await extractor(pcm)).input_features;
  };
  /** Speech-like test audio: a voiced tone with a rising pitch, a gap of exact zeros, then a fainter noisy tail. */
  const audio = (seconds: number) => {
    const pcm = new Float32Array(Math.round(seconds * SAMPLE_RATE));
    for (let i = 0; i < pcm.length; i++) {
      const t = i / SAMPLE_RATE;
      pcm[i] = t > 1 && t < 1.3 ? 0 : 0.3 * Math.sin(2 * Math.PI * (120 + 20 * t) * t) * Math.sin(Math.PI * 3 * t) + 0.01 * Math.sin(i * 12.9898);
    }
    return pcm;
  };

  it.each([0.5, 4, 12.34, 29.99])("gives the library's own features for %s s of audio", async (seconds) => {
    const [slow, fast] = [await features(audio(seconds), false), await features(audio(seconds), true)];
    expect(fast.dims).toEqual([1, 80, 3000]);
    expect(fast.dims).toEqual(slow.dims);
    const [a, b] = [slow.data as Float32Array, fast.data as Float32Array];
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    expect(worst).toBeLessThan(1e-5);
  });

  it("changes nothing for silence and for audio longer than a window", async () => {
    for (const pcm of [new Float32Array(SAMPLE_RATE), audio(31)]) {
      expect(Array.from((await features(pcm, true)).data as Float32Array)).toEqual(Array.from((await features(pcm, false)).data as Float32Array));
    }
  });
});

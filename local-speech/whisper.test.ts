// Tests the weight check that keeps a tampered speech model package from loading.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyWeights, WEIGHT_SHA256 } from "./whisper.ts";

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

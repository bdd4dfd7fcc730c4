// A stored answer segment as the candidate plays it back: without the start it repeats of the segment
// before (its overlap, app/audio/vad/segmenter.ts), so segments played one after another say each word once.

/**
 * `audio` less its first `overlapMs` of sound. Only the recorder's own 16-bit PCM WAV segments carry an overlap
 * (app/audio/wav.ts), so any other file, or a WAV whose chunks cannot be read, is returned as it is.
 * The result is a new WAV with the canonical 44-byte header; an overlap past the end leaves no samples.
 */
export function withoutOverlap(audio: Uint8Array, overlapMs: number): Uint8Array {
  if (overlapMs <= 0) return audio;
  const wav = readPcmWav(audio);
  if (!wav) return audio;
  const frame = wav.channels * 2;
  const skip = Math.min(wav.data.byteLength, Math.round((overlapMs / 1000) * wav.rate) * frame);
  const data = wav.data.subarray(skip);
  const out = new Uint8Array(44 + data.byteLength);
  out.set(audio.subarray(0, 12), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, 36 + data.byteLength, true);
  out.set(wav.fmt, 12);
  out.set([0x64, 0x61, 0x74, 0x61], 36); // "data"
  view.setUint32(40, data.byteLength, true);
  out.set(data, 44);
  return out;
}

/** The "fmt " chunk (with its header, 24 bytes) and the samples of a 16-bit PCM WAV; null for anything else. */
function readPcmWav(audio: Uint8Array): { fmt: Uint8Array; data: Uint8Array; rate: number; channels: number } | null {
  const view = new DataView(audio.buffer, audio.byteOffset, audio.byteLength);
  const tag = (at: number) => String.fromCharCode(...audio.subarray(at, at + 4));
  if (audio.byteLength < 44 || tag(0) !== "RIFF" || tag(8) !== "WAVE") return null;
  let fmt: { bytes: Uint8Array; rate: number; channels: number } | null = null;
  for (let at = 12; at + 8 <= audio.byteLength; ) {
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (tag(at) === "fmt " && size === 16 && body + 16 <= audio.byteLength) {
      if (view.getUint16(body, true) !== 1 || view.getUint16(body + 14, true) !== 16) return null;
      fmt = { bytes: audio.subarray(at, body + 16), channels: view.getUint16(body + 2, true), rate: view.getUint32(body + 4, true) };
    } else if (tag(at) === "data") {
      if (!fmt) return null;
      return { fmt: fmt.bytes, data: audio.subarray(body, Math.min(audio.byteLength, body + size)), rate: fmt.rate, channels: fmt.channels };
    }
    at = body + size + (size % 2);
  }
  return null;
}

// Where each recorded segment of an answer lies in the audio that was played into the microphone, so
// a test can see that the segments cover the speech once: nothing lost between them, nothing sent twice.
// Matching 10 ms loudness envelopes rather than samples: the browser resamples and may change the gain,
// and neither moves where the syllables are.

/** 10 ms at 16 kHz. */
const FRAME = 160;
/** Quieter than this is silence to the envelope (dBFS), so digital silence and a -60 dB room compare equal. */
const FLOOR_DB = -70;

/** Loudness per 10 ms frame of 16 kHz mono PCM, in dBFS, floored at FLOOR_DB. */
export function envelope(pcm: Float32Array): Float32Array {
  const frames = Math.floor(pcm.length / FRAME);
  const out = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let energy = 0;
    for (let i = f * FRAME; i < (f + 1) * FRAME; i++) energy += pcm[i]! * pcm[i]!;
    out[f] = Math.max(FLOOR_DB, 10 * Math.log10(energy / FRAME + 1e-12));
  }
  return out;
}

/** Pearson correlation of `a` against `b` starting at `offset` (same length as `a`). */
function correlation(a: Float32Array, b: Float32Array, offset: number): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    sa += a[i]!;
    sb += b[offset + i]!;
  }
  const ma = sa / a.length;
  const mb = sb / a.length;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = a[i]! - ma;
    const db = b[offset + i]! - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

export interface SegmentPlace {
  /** Where the segment starts and ends in the played audio, in ms. */
  startMs: number;
  endMs: number;
  /** How well its envelope matches there (Pearson r, 1 = the same shape). */
  match: number;
}

/**
 * Finds each segment (16 kHz mono PCM) in `played` (16 kHz mono PCM) at the offset where the loudness
 * envelopes correlate best. Segments shorter than 0.5 s are placed too, but with little to go on.
 */
export function placeSegments(played: Float32Array, segments: readonly Float32Array[]): SegmentPlace[] {
  const reference = envelope(played);
  return segments.map((segment) => {
    const shape = envelope(segment);
    let best = { offset: 0, match: -1 };
    for (let offset = 0; offset + shape.length <= reference.length; offset++) {
      const match = correlation(shape, reference, offset);
      if (match > best.match) best = { offset, match };
    }
    return { startMs: best.offset * 10, endMs: (best.offset + shape.length) * 10, match: best.match };
  });
}

/**
 * What is wrong with `places` as a cover of the speech between `speechStartMs` and `speechEndMs`: gaps
 * or overlaps between consecutive segments beyond `toleranceMs`, segments out of order, speech before
 * the first or after the last, a segment that matches nowhere (r < 0.9). Empty when the cover is whole.
 */
export function coverageProblems(places: readonly SegmentPlace[], speechStartMs: number, speechEndMs: number, toleranceMs = 40): string[] {
  const problems: string[] = [];
  places.forEach((place, i) => {
    if (place.match < 0.9) problems.push(`segment ${i} matches nowhere in what was played (best r=${place.match.toFixed(2)})`);
    const previous = places[i - 1];
    if (!previous) return;
    const gap = place.startMs - previous.endMs;
    if (gap > toleranceMs) problems.push(`${gap} ms lost between segments ${i - 1} and ${i} (${previous.endMs}–${place.startMs} ms)`);
    if (gap < -toleranceMs) problems.push(`${-gap} ms sent twice by segments ${i - 1} and ${i} (${place.startMs}–${previous.endMs} ms)`);
  });
  const first = places[0];
  const last = places.at(-1);
  if (!first || !last) return ["no segments"];
  if (first.startMs > speechStartMs + toleranceMs) problems.push(`speech from ${speechStartMs} ms to ${first.startMs} ms was never sent`);
  if (last.endMs < speechEndMs - toleranceMs) problems.push(`speech from ${last.endMs} ms to ${speechEndMs} ms was never sent`);
  return problems;
}

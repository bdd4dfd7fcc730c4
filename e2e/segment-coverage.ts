// Where each recorded segment of an answer lies in the audio that was played into the microphone, so
// a test can see that the segments cover the speech once: nothing lost between them, nothing sent twice.
// Matching 10 ms loudness envelopes rather than samples: the browser resamples and may change the gain,
// and neither moves where the syllables are.

/** 10 ms at 16 kHz. */
const FRAME = 160;
/** Quieter than this is silence to the envelope (dBFS), so digital silence and a -60 dB room compare equal. */
const FLOOR_DB = -70;
/** 1 ms of samples that are exactly zero: no microphone, not even a quiet room's, gives that. */
const UNDERRUN_SAMPLES = 16;

/**
 * Loudness per 10 ms frame of 16 kHz mono PCM, in dBFS, floored at FLOOR_DB; NaN for a frame with a run
 * of exact zeros in it, which is audio the capture never delivered (an underrun), not quiet.
 */
export function envelope(pcm: Float32Array): Float32Array {
  const frames = Math.floor(pcm.length / FRAME);
  const out = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let energy = 0;
    let zeros = 0;
    for (let i = f * FRAME; i < (f + 1) * FRAME; i++) {
      energy += pcm[i]! * pcm[i]!;
      zeros = pcm[i] === 0 ? zeros + 1 : 0;
      if (zeros >= UNDERRUN_SAMPLES) break;
    }
    out[f] = zeros >= UNDERRUN_SAMPLES ? Number.NaN : Math.max(FLOOR_DB, 10 * Math.log10(energy / FRAME + 1e-12));
  }
  return out;
}

/** Pearson correlation of `a` against `b` starting at `offset` (same length as `a`), over the frames known in both. */
function correlation(a: Float32Array, b: Float32Array, offset: number): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[offset + i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n++;
    sa += x;
    sb += y;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  if (n < a.length / 2) return 0;
  const cov = ab - (sa * sb) / n;
  const va = aa - (sa * sa) / n;
  const vb = bb - (sb * sb) / n;
  return va <= 0 || vb <= 0 ? 0 : cov / Math.sqrt(va * vb);
}

export interface SegmentPlace {
  /** Where the segment's first and last frame lie in the played audio, in ms: its start and its end. */
  startMs: number;
  endMs: number;
  /** How well its edges match there (the worse Pearson r of the two, 1 = the same shape). */
  match: number;
  /** Played audio between its edges minus its own length, in ms: what the capture lost inside it (negative: repeated). */
  insideMs: number;
}

/** How much of each end of a segment is matched: long enough to be unmistakable, short enough to sit between dropouts. */
const EDGE_MS = 800;
/** How far from where the previous segment ended the next one's start is looked for. */
const SEARCH_MS = 600;
/** How much audio the capture may drop inside one segment and the segment's end still be found. */
const DROPPED_MS_MAX = 1_500;
/**
 * The least correlation taken for a match. Right placements score 0.98 or more on clean capture, and down to
 * ~0.75 when the capture skipped audio inside an edge; a wrong place within the search window scores less.
 */
const MATCH_MIN = 0.7;
/** Louder than this somewhere (dBFS) is a segment with sound in it; the rest are silence and cannot be placed. */
const SOUND_DB = -45;

function bestOffset(shape: Float32Array, reference: Float32Array, from: number, to: number): { offset: number; match: number } {
  let best = { offset: from, match: -1 };
  for (let offset = Math.max(0, from); offset <= Math.min(to, reference.length - shape.length); offset++) {
    const match = correlation(shape, reference, offset);
    if (match > best.match) best = { offset, match };
  }
  return best;
}

/**
 * Finds each segment with sound in it (16 kHz mono PCM) in `played` (16 kHz mono PCM), by where the
 * loudness envelopes of its first and last EDGE_MS of sound correlate best, each segment looked for near
 * where the one before ended. Segments of silence are left out (null). Matching the ends apart keeps a cut
 * measurable when the capture itself dropped audio inside a segment: Chromium's fake microphone skips
 * the buffers its timer missed when the machine is busy, which no recorder can see or prevent. The edges
 * start and end at the segment's first and last sound, not at its first and last frame: a quiet room's
 * envelope is flat noise, which one skipped buffer makes match nowhere, while speech has a shape.
 */
export function placeSegments(played: Float32Array, segments: readonly Float32Array[]): (SegmentPlace | null)[] {
  const reference = envelope(played);
  const edge = EDGE_MS / 10;
  let expected: number | undefined;
  return segments.map((segment) => {
    const shape = envelope(segment);
    const firstSound = shape.findIndex((db) => db >= SOUND_DB);
    if (firstSound < 0) return null;
    const lastSound = shape.findLastIndex((db) => db >= SOUND_DB);
    const headFrom = Math.min(firstSound, Math.max(0, shape.length - edge));
    const tailTo = Math.max(lastSound + 1, Math.min(edge, shape.length));
    const head = shape.subarray(headFrom, Math.min(headFrom + edge, shape.length));
    const tail = shape.subarray(Math.max(0, tailTo - edge), tailTo);
    const window = SEARCH_MS / 10;
    const first =
      expected === undefined
        ? bestOffset(head, reference, 0, reference.length)
        : bestOffset(head, reference, expected + headFrom - window, expected + headFrom + window);
    const startFrame = first.offset - headFrom;
    const tailAt = startFrame + tailTo - tail.length;
    const last = bestOffset(tail, reference, tailAt - window, tailAt + DROPPED_MS_MAX / 10);
    const endFrame = last.offset + tail.length + (shape.length - tailTo);
    expected = endFrame;
    return {
      startMs: startFrame * 10,
      endMs: endFrame * 10,
      match: Math.min(first.match, last.match),
      insideMs: (endFrame - startFrame - shape.length) * 10,
    };
  });
}

/**
 * What is wrong with `places` (placeSegments' result) as a cover of the speech between `speechStartMs`
 * and `speechEndMs`: gaps or overlaps between consecutive segments beyond `toleranceMs`, speech before
 * the first or after the last, a segment that matches nowhere (r < MATCH_MIN). Empty when the cover is whole.
 */
export function coverageProblems(places: readonly (SegmentPlace | null)[], speechStartMs: number, speechEndMs: number, toleranceMs = 40): string[] {
  const problems: string[] = [];
  const sounding = places.flatMap((place, index) => (place ? [{ ...place, index }] : []));
  sounding.forEach((place, i) => {
    if (place.match < MATCH_MIN) problems.push(`segment ${place.index} matches nowhere in what was played (best r=${place.match.toFixed(2)})`);
    const previous = sounding[i - 1];
    if (!previous) return;
    const gap = place.startMs - previous.endMs;
    if (gap > toleranceMs) problems.push(`${gap} ms lost between segments ${previous.index} and ${place.index} (${previous.endMs}–${place.startMs} ms)`);
    if (gap < -toleranceMs) problems.push(`${-gap} ms sent twice by segments ${previous.index} and ${place.index} (${place.startMs}–${previous.endMs} ms)`);
  });
  const first = sounding[0];
  const last = sounding.at(-1);
  if (!first || !last) return ["no segment with sound in it"];
  if (first.startMs > speechStartMs + toleranceMs) problems.push(`speech from ${speechStartMs} ms to ${first.startMs} ms was never sent`);
  if (last.endMs < speechEndMs - toleranceMs) problems.push(`speech from ${last.endMs} ms to ${speechEndMs} ms was never sent`);
  return problems;
}

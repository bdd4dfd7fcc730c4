import { describe, expect, it } from "vitest";
import { coverageProblems, placeSegments } from "./segment-coverage";

const RATE = 16_000;

/** 20 s of "syllables": noise bursts of varied length and loudness with short dips, from a fixed seed. */
function speechLike(seconds: number): Float32Array {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pcm = new Float32Array(seconds * RATE);
  let i = 0;
  while (i < pcm.length) {
    const length = Math.floor((0.08 + random() * 0.25) * RATE);
    const level = random() < 0.2 ? 0.002 : 0.05 + random() * 0.3;
    for (let j = 0; j < length && i < pcm.length; j++, i++) pcm[i] = level * (random() * 2 - 1);
  }
  return pcm;
}

const played = speechLike(20);
const cut = (fromS: number, toS: number, gain = 1) => played.slice(fromS * RATE, toS * RATE).map((x) => x * gain);

describe("placeSegments and coverageProblems", () => {
  it("find contiguous segments a whole cover, even at another gain", () => {
    const places = placeSegments(played, [cut(0, 7.3), cut(7.3, 13.9, 0.5), cut(13.9, 20)]);
    expect(places.map((p) => [p?.startMs, p?.endMs, p?.insideMs])).toEqual([[0, 7300, 0], [7300, 13900, 0], [13900, 20000, 0]]);
    expect(coverageProblems(places, 0, 20_000)).toEqual([]);
  });

  it("name audio lost between segments", () => {
    const problems = coverageProblems(placeSegments(played, [cut(0, 7.3), cut(7.8, 20)]), 0, 20_000);
    expect(problems).toEqual(["500 ms lost between segments 0 and 1 (7300–7800 ms)"]);
  });

  it("name audio sent twice", () => {
    const problems = coverageProblems(placeSegments(played, [cut(0, 7.3), cut(6.9, 20)]), 0, 20_000);
    expect(problems).toEqual(["400 ms sent twice by segments 0 and 1 (6900–7300 ms)"]);
  });

  it("tell audio the capture dropped inside a segment from audio lost at a cut, and leave silence out", () => {
    const dropped = Float32Array.from([...cut(7.3, 10), ...cut(10.7, 20)]);
    const places = placeSegments(played, [cut(0, 7.3), dropped, new Float32Array(RATE)]);
    expect(places[1]).toMatchObject({ startMs: 7300, endMs: 20000, insideMs: 700 });
    expect(places[2]).toBeNull();
    expect(coverageProblems(places, 0, 20_000)).toEqual([]);
  });

  it("read exact zeros as audio the capture never delivered, not as a mismatch", () => {
    const underrun = cut(7.3, 20);
    underrun.fill(0, 0, 0.1 * RATE);
    const places = placeSegments(played, [cut(0, 7.3), underrun]);
    expect(places[1]).toMatchObject({ startMs: 7300, endMs: 20000 });
    expect(places[1]!.match).toBeGreaterThan(0.98);
  });

  it("place a segment by its sound when the capture skipped a buffer in the quiet room before it", () => {
    let seed = 3;
    const room = Float32Array.from({ length: RATE }, () => 0.001 * (((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1));
    const withRoom = Float32Array.from([...room, ...played.subarray(0, 10 * RATE), ...room]);
    const skipped = Float32Array.from([...withRoom.subarray(0, 0.3 * RATE), ...withRoom.subarray(0.35 * RATE, 6 * RATE)]);
    const places = placeSegments(withRoom, [skipped, withRoom.slice(6 * RATE)]);
    expect(places[0]).toMatchObject({ startMs: 50, endMs: 6000 });
    expect(places[0]!.match).toBeGreaterThan(0.98);
    expect(coverageProblems(places, 1000, 11_000)).toEqual([]);
  });

  it("name speech never sent at either end, and a segment from elsewhere", () => {
    const elsewhere = speechLike(3).map((x, i) => x * Math.sin(i / 50));
    const problems = coverageProblems(placeSegments(played, [cut(1, 19)]), 0, 20_000);
    expect(problems).toEqual(["speech from 0 ms to 1000 ms was never sent", "speech from 19000 ms to 20000 ms was never sent"]);
    expect(coverageProblems(placeSegments(played, [elsewhere.reverse()]), 0, 3000)[0]).toMatch(/^segment 0 matches nowhere/);
  });
});

import { describe, expect, it } from "vitest";
import { LongPauses } from "./long-pauses";

/** Feeds one sample every 50 ms: "s" speech, "." silence, each character 100 ms. */
function run(pattern: string): number[] {
  const pauses = new LongPauses();
  let time = 0;
  for (const ch of pattern) {
    for (let i = 0; i < 2; i++, time += 50) pauses.sample(time, ch === "s");
  }
  return pauses.pausesMs;
}

describe("LongPauses", () => {
  it("measures silences of two seconds or more between speech", () => {
    expect(run(`sss${".".repeat(25)}sss`)).toEqual([2500]);
  });

  it("ignores short gaps, the silence before the first word and after the last", () => {
    expect(run(`${".".repeat(40)}ss${".".repeat(10)}ss${".".repeat(40)}`)).toEqual([]);
  });

  it("reports every long pause in order", () => {
    expect(run(`s${".".repeat(20)}s${".".repeat(30)}s`)).toEqual([2000, 3000]);
  });
});

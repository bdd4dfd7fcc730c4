import { describe, expect, it } from "vitest";
import { LinesHeard } from "./lines-heard";

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe("LinesHeard", () => {
  it("holds a turn until its line is heard out, and only that line", async () => {
    const lines = new LinesHeard();
    const turn = lines.wait("q1");
    lines.heardOut("q0");
    expect(await settled(turn)).toBe(false);
    lines.heardOut("q1");
    expect(await settled(turn)).toBe(true);
  });

  it("lets a turn go at once for a line already heard, and takes a second mark calmly", async () => {
    const lines = new LinesHeard();
    lines.heardOut("q1");
    lines.heardOut("q1");
    expect(await settled(lines.wait("q1"))).toBe(true);
  });
});

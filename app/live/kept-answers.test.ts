// The answers a page keeps in IndexedDB for the next one (a reload or a crash mid-answer), here on fake-indexeddb:
// Node has no IndexedDB. The real one is exercised in Chromium by e2e/reload-mid-answer.spec.ts.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { encodeSegmentFrame } from "../../worker/protocol/socket";
import { KeptAnswers, type KeptAnswer } from "./kept-answers";

let databases = 0;
// Answer ids are UUIDs on the wire (protocol/socket.ts).
const [A1, A2, OLD, WRONG, THEIRS] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
const store = () => new KeptAnswers(`kept-answers-test-${databases++}`);

const answer = (over: Partial<KeptAnswer> = {}): KeptAnswer => ({
  answerId: A1,
  interviewId: "interview-1",
  mimeType: "audio/wav",
  sent: 0,
  segmentCount: null,
  speech: null,
  keptAt: Date.now(),
  ...over,
});

const frame = (answerId: string, index: number, text: string) =>
  encodeSegmentFrame({ type: "audio_segment", answerId, index, durationMs: 1_000, voicedMs: 800, overlapMs: 0 }, new TextEncoder().encode(text));

const audioOf = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes.subarray(bytes.length - 6)) : null);

describe("kept answers", () => {
  it("gives back the frames not acknowledged, and the tail as the next segment", async () => {
    const kept = store();
    await kept.answer(answer());
    await kept.frame(A1, 0, frame(A1, 0, "zero.."));
    await kept.frame(A1, 1, frame(A1, 1, "one..."));
    await kept.answer(answer({ sent: 2 }));
    await kept.acknowledged(A1, 0);
    await kept.tail(A1, frame(A1, 2, "tail.."));

    const [restored, ...others] = await kept.restore("interview-1");
    expect(others).toEqual([]);
    expect([...restored!.frames.keys()]).toEqual([1, 2]);
    expect([audioOf(restored!.frames.get(1)), audioOf(restored!.frames.get(2))]).toEqual(["one...", "tail.."]);
    expect(restored!.answer.sent).toBe(2);
  });

  it("drops a tail that a later segment already holds, and any tail once the answer ended", async () => {
    const kept = store();
    await kept.answer(answer({ sent: 1 }));
    await kept.tail(A1, frame(A1, 0, "stale."));
    expect([...(await kept.restore("interview-1"))[0]!.frames.keys()]).toEqual([]);

    await kept.answer(answer({ sent: 1, segmentCount: 1 }));
    await kept.tail(A1, frame(A1, 1, "after."));
    expect([...(await kept.restore("interview-1"))[0]!.frames.keys()]).toEqual([]);
  });

  it("keeps each interview's answers apart, and forgets an answer with its frames", async () => {
    const kept = store();
    await kept.answer(answer());
    await kept.answer(answer({ answerId: A2, interviewId: "interview-2" }));
    await kept.frame(A1, 0, frame(A1, 0, "zero.."));
    expect((await kept.restore("interview-2")).map((r) => r.answer.answerId)).toEqual([A2]);

    await kept.forget(A1);
    expect(await kept.restore("interview-1")).toEqual([]);
  });

  it("drops what does not parse or is older than a week", async () => {
    const kept = store();
    await kept.answer({ ...answer(), mimeType: "text/html" as "audio/wav" });
    await kept.answer(answer({ answerId: OLD, keptAt: Date.now() - 8 * 86_400_000 }));
    await kept.answer(answer({ answerId: WRONG }));
    await kept.frame(WRONG, 0, frame(THEIRS, 0, "theirs"));
    await kept.frame(WRONG, 1, new Uint8Array([1, 2, 3]));
    const restored = await kept.restore("interview-1");
    expect(restored.map((r) => [r.answer.answerId, r.frames.size])).toEqual([[WRONG, 0]]);
    // Dropped for good, not only skipped.
    expect((await kept.restore("interview-1")).map((r) => r.answer.answerId)).toEqual([WRONG]);
  });
});

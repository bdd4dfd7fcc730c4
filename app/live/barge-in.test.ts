// Tests barge-in's decisions on speech heard over the interviewer: the candidate's words, the interviewer's own
// echo, speech only after the line (and its tail), too few words to tell; and the tracker's snapshots.
import { describe, expect, it } from "vitest";
import { BargeIn, BargeInTracker, ECHO_TAIL_MS, REJOIN_WINDOW_MS, continuesEarlierAnswer } from "./barge-in";

const LINE = "Thank you. How does React's reconciliation work, and why do keys matter when rendering lists?";

describe("BargeIn", () => {
  it("checks speech heard while the line goes on, and lets the candidate's own words through", () => {
    const check = new BargeIn(LINE);
    expect(check.phase).toBe("listening");
    expect(check.speechHeard(1_000)).toBe("checking");
    expect(check.transcript("Sorry, I missed that")).toBe("answer");
    // Decided once: later words do not change it.
    expect(check.transcript("How does React's reconciliation work")).toBe("answer");
  });

  it("calls the interviewer's own words an echo once there are enough of them", () => {
    const check = new BargeIn(LINE);
    check.speechHeard(500);
    expect(check.transcript("Thank you.")).toBe("checking");
    expect(check.transcript("Thank you. How does React's reconciliation work")).toBe("echo");
  });

  it("calls a few of the line's words an echo once the line has ended", () => {
    const check = new BargeIn(LINE);
    check.speechHeard(500);
    expect(check.transcript("rendering lists")).toBe("checking");
    check.lineEnded(900);
    expect(check.phase).toBe("echo");
  });

  it("keeps checking while the transcript holds no words yet, until it gives up", () => {
    const check = new BargeIn(LINE);
    expect(check.giveUp()).toBe("listening");
    check.speechHeard(500);
    expect(check.transcript("...")).toBe("checking");
    expect(check.giveUp()).toBe("answer");
  });

  it("waits on a word or two not the line's: more makes them the candidate's, nothing more drops them", () => {
    const goesOn = new BargeIn(LINE);
    goesOn.speechHeard(500);
    // Whisper's hearing of the line's echo cut short, or a backchannel: the interviewer goes on.
    expect(goesOn.transcript("In.")).toBe("checking");
    goesOn.lineEnded(900);
    expect(goesOn.phase).toBe("checking");
    expect(goesOn.transcript("In. Well, I would start with the keys")).toBe("answer");

    const nothingMore = new BargeIn(LINE);
    nothingMore.speechHeard(500);
    expect(nothingMore.transcript("Right, okay.")).toBe("checking");
    nothingMore.lineEnded(900);
    expect(nothingMore.giveUp()).toBe("echo");
  });

  it("checks speech in the line's tail, and not after it", () => {
    const inTail = new BargeIn(LINE);
    inTail.lineEnded(10_000);
    expect(inTail.lineGoingOn).toBe(false);
    expect(inTail.speechHeard(10_000 + ECHO_TAIL_MS)).toBe("checking");
    const after = new BargeIn(LINE);
    after.lineEnded(10_000);
    expect(after.speechHeard(10_001 + ECHO_TAIL_MS)).toBe("clear");
    expect(after.transcript("Thank you. How does React's reconciliation work")).toBe("clear");
  });
});

describe("BargeInTracker", () => {
  it("checks only answers started before the line was heard out, and publishes each change once", () => {
    const tracker = new BargeInTracker();
    let changes = 0;
    const unsubscribe = tracker.subscribe(() => changes++);
    tracker.answerStarted("a1", { messageId: "m1", content: LINE }, true);
    expect(tracker.snapshot()).toEqual({ answerId: null, phase: null, lineGoingOn: false });
    expect(changes).toBe(0);

    tracker.answerStarted("a2", { messageId: "m1", content: LINE }, false);
    expect(tracker.snapshot()).toEqual({ answerId: "a2", phase: "listening", lineGoingOn: true });
    tracker.lineHeardOut("m0", 1_000);
    expect(tracker.snapshot().lineGoingOn).toBe(true);
    tracker.speechHeard(2_000);
    tracker.transcript("How does React's reconciliation work and why");
    expect(tracker.snapshot()).toEqual({ answerId: "a2", phase: "echo", lineGoingOn: true });
    const before = changes;
    tracker.transcript("How does React's reconciliation work and why");
    expect(changes).toBe(before);
    tracker.clear();
    expect(tracker.snapshot().answerId).toBeNull();
    unsubscribe();
    tracker.answerStarted("a3", { messageId: "m1", content: LINE }, false);
    expect(changes).toBe(before + 1);
  });
});

describe("continuesEarlierAnswer", () => {
  it("takes speech in the next line's first seconds, or before it is said, for more of the answer before it", () => {
    expect(continuesEarlierAnswer(10_000, null)).toBe(true);
    expect(continuesEarlierAnswer(10_000, 12_000)).toBe(true);
    expect(continuesEarlierAnswer(10_000 + REJOIN_WINDOW_MS, 10_000)).toBe(true);
    expect(continuesEarlierAnswer(10_001 + REJOIN_WINDOW_MS, 10_000)).toBe(false);
  });
});

// Tests the order the interviewer's sentences are played in, skipping those without audio, a browser that refuses to
// play without a click, and the listener's settings surviving each new sentence.
import { describe, expect, it } from "vitest";
import type { SpokenSentence } from "../../worker/protocol/socket";
import type { SentenceSpeech } from "./system-voice";
import { VoiceQueue, type VoiceMedia, type VoiceState } from "./voice-queue";

/** A media element that records what it was asked to play; `refuse` makes play() fail as a browser would. */
class FakeMedia implements VoiceMedia {
  src = "";
  muted = false;
  volume = 1;
  playbackRate = 1;
  played: { src: string; rate: number; muted: boolean }[] = [];
  refuse: string | null = null;
  private listeners = new Map<string, Set<() => void>>();

  play(): Promise<void> {
    if (this.refuse) return Promise.reject(new DOMException("no", this.refuse));
    this.played.push({ src: this.src, rate: this.playbackRate, muted: this.muted });
    return Promise.resolve();
  }
  pause(): void {}
  addEventListener(type: string, listener: () => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: () => void): void {
    this.listeners.get(type)?.delete(listener);
  }
  /** The sentence ended. The rate falls back to the default, as loading a new src does in a real element. */
  end(): void {
    this.playbackRate = 1;
    for (const listener of this.listeners.get("ended") ?? []) listener();
  }
}

const sentence = (messageId: string, index: number, status: "ready" | "failed" = "ready"): SpokenSentence => ({
  messageId,
  index,
  text: `${messageId} sentence ${index}.`,
  status,
  error: status === "failed" ? "The interviewer's voice is unavailable." : null,
});

function setup() {
  const media = new FakeMedia();
  const states: VoiceState[] = [];
  const queue = new VoiceQueue(media, (s) => `/speech/${s.messageId}/${s.index}`, (state) => states.push(state));
  return { media, states, queue };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("VoiceQueue", () => {
  it("plays a line's sentences in order as they arrive, waiting for the next one", () => {
    const { media, queue } = setup();
    queue.say("m1");
    expect(queue.current()).toEqual({ kind: "waiting", messageId: "m1" });
    queue.update([sentence("m0", 0), sentence("m1", 0)]);
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/0"]);
    expect(queue.current()).toMatchObject({ kind: "speaking", sentence: { index: 0 } });
    media.end();
    expect(queue.current()).toEqual({ kind: "waiting", messageId: "m1" });
    queue.update([sentence("m0", 0), sentence("m1", 0), sentence("m1", 2), sentence("m1", 1)]);
    media.end();
    media.end();
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/0", "/speech/m1/1", "/speech/m1/2"]);
  });

  it("skips sentences without audio, and says a line again from the start", () => {
    const { media, queue } = setup();
    queue.update([sentence("m1", 0, "failed"), sentence("m1", 1), sentence("m1", 2, "failed"), sentence("m1", 3)]);
    queue.say("m1");
    media.end();
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/1", "/speech/m1/3"]);
    queue.say("m1");
    expect(media.played.at(-1)!.src).toBe("/speech/m1/1");
  });

  it("keeps the rate and mute on every sentence, and stops when told, marking where the line was cut", () => {
    const { media, queue } = setup();
    queue.configure({ muted: true, volume: 0.5, rate: 1.5 });
    queue.update([sentence("m1", 0), sentence("m1", 1)]);
    queue.say("m1");
    media.end();
    expect(media.played).toEqual([
      { src: "/speech/m1/0", rate: 1.5, muted: true },
      { src: "/speech/m1/1", rate: 1.5, muted: true },
    ]);
    expect(media.volume).toBe(0.5);
    queue.stop();
    expect(queue.current()).toEqual({ kind: "interrupted", messageId: "m1", index: 1 });
    media.end();
    expect(media.played).toHaveLength(2);
    queue.stop();
    expect(queue.current()).toEqual({ kind: "idle" });
  });

  it("marks a line stopped between two sentences as cut before the one not yet spoken", () => {
    const { media, queue } = setup();
    queue.update([sentence("m1", 0)]);
    queue.say("m1");
    media.end();
    expect(queue.current()).toEqual({ kind: "waiting", messageId: "m1" });
    queue.stop();
    expect(queue.current()).toEqual({ kind: "interrupted", messageId: "m1", index: 1 });
    queue.say("m1");
    expect(queue.current()).toMatchObject({ kind: "speaking", sentence: { index: 0 } });
  });

  it("waits for a click when the browser will not play on its own, then goes on", async () => {
    const { media, queue } = setup();
    media.refuse = "NotAllowedError";
    queue.update([sentence("m1", 0), sentence("m1", 1)]);
    queue.say("m1");
    await flush();
    expect(queue.current()).toMatchObject({ kind: "blocked", sentence: { index: 0 } });
    media.refuse = null;
    queue.resume();
    media.end();
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/0", "/speech/m1/1"]);
  });

  it("lets go of the element when disposed", () => {
    const { media, queue } = setup();
    queue.update([sentence("m1", 0), sentence("m1", 1)]);
    queue.say("m1");
    queue.dispose();
    media.end();
    expect(media.played).toHaveLength(1);
  });

  it("speaks with the browser's voice when given one, captions in step, and falls back to the audio for the rest of a line it fails on", async () => {
    const { media, queue, states } = setup();
    const said: { text: string; settle: (ok: boolean) => void }[] = [];
    const speech: SentenceSpeech = {
      say: (text) => new Promise((resolve, reject) => said.push({ text, settle: (ok) => (ok ? resolve() : reject(new Error("synthesis-failed"))) })),
      stop: () => undefined,
    };
    queue.useSpeech(speech);
    queue.update([sentence("m1", 0), sentence("m1", 1, "failed"), sentence("m1", 2), sentence("m1", 3)]);
    queue.say("m1");
    expect(said.map((s) => s.text)).toEqual(["m1 sentence 0."]);
    expect(queue.current()).toMatchObject({ kind: "speaking", sentence: { index: 0 } });
    said[0]!.settle(true);
    await flush();
    // A sentence the server could not voice is still said by the browser.
    expect(said.map((s) => s.text)).toEqual(["m1 sentence 0.", "m1 sentence 1."]);
    expect(queue.current()).toMatchObject({ kind: "speaking", sentence: { index: 1 } });
    said[1]!.settle(true);
    await flush();
    said[2]!.settle(false);
    await flush();
    // Sentence 2 failed in the browser: its audio plays, and the rest of the line is audio too.
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/2"]);
    expect(queue.current()).toMatchObject({ kind: "speaking", sentence: { index: 2 } });
    media.end();
    expect(media.played.map((p) => p.src)).toEqual(["/speech/m1/2", "/speech/m1/3"]);
    expect(said).toHaveLength(3);
    const captions = states.flatMap((s) => (s.kind === "speaking" ? [s.sentence.index] : []));
    expect(captions).toEqual([0, 1, 2, 2, 3]);
    // The next line starts with the browser's voice again.
    queue.update([sentence("m2", 0)]);
    queue.say("m2");
    expect(said.at(-1)!.text).toBe("m2 sentence 0.");
  });
});

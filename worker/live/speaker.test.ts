// Tests that a reply is spoken while it is still being written: each sentence goes to the speech service as soon as
// it is complete, in order, one at a time, and a reply said again drops what was spoken of it before.
import { describe, expect, it } from "vitest";
import type { AiProvider, SpeechRequest } from "../ai/provider";
import type { InterviewEvent } from "../protocol/socket";
import type { SpeechStorage } from "../storage/speech-storage";
import type { EngineContext } from "./context";
import { Speaker } from "./speaker";

/** What the speaker uses of the engine: stored sentences in memory, a speech service the test answers by hand. */
function harness() {
  const asked: { request: SpeechRequest; answer: () => void }[] = [];
  const stored = new Map<string, string>();
  /** Messages deleted from storage: their sentences are refused. */
  const gone = new Set<string>();
  const events: InterviewEvent[] = [];
  const speech = {
    readVoice: () => null,
    hasSentence: (messageId: string, index: number) => stored.has(`${messageId}/${index}`),
    insertSpoken: (s: { messageId: string; index: number; text: string }) => !gone.has(s.messageId) && Boolean(stored.set(`${s.messageId}/${s.index}`, s.text)),
    insertFailed: (s: { messageId: string; index: number; text: string }) => !gone.has(s.messageId) && Boolean(stored.set(`${s.messageId}/${s.index}`, s.text)),
    deleteSentences: (messageId: string) => {
      for (const key of [...stored.keys()]) if (key.startsWith(`${messageId}/`)) stored.delete(key);
    },
  } as unknown as SpeechStorage;
  const provider = {
    speech: {
      info: { label: "test", voices: ["slt"], defaultVoice: "slt" },
      speak: (request: SpeechRequest) =>
        new Promise((resolve) => asked.push({ request, answer: () => resolve({ bytes: new Uint8Array([1]), mimeType: "audio/wav" }) })),
    },
  } as unknown as AiProvider;
  const context = {
    speech,
    provider: () => provider,
    emit: (_interviewId: string, event: InterviewEvent) => void events.push(event),
    background: (_label: string, work: Promise<unknown>) => void work.catch(() => undefined),
    now: () => 0,
  } as unknown as EngineContext;
  return { speaker: new Speaker(context), asked, stored, events, gone };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("Speaker", () => {
  it("asks for the first sentence before the reply is complete, and for the next once the first is spoken", async () => {
    const { speaker, asked, events } = harness();
    const reply = speaker.begin("i1", "m1");
    reply.push("Thanks for that. ");
    await settle();
    expect(asked).toHaveLength(0);
    reply.push("Now, how would ");
    await settle();
    expect(asked.map((a) => a.request)).toEqual([{ text: "Thanks for that.", voice: "slt" }]);
    reply.push("you find a slow query? Take your time.");
    await settle();
    // One at a time: the second waits for the first, so they are stored and announced in order.
    expect(asked).toHaveLength(1);
    asked[0]!.answer();
    await settle();
    expect(asked.map((a) => a.request.text)).toEqual(["Thanks for that.", "Now, how would you find a slow query?"]);
    reply.finish();
    asked[1]!.answer();
    await settle();
    asked[2]!.answer();
    await settle();
    expect(asked.map((a) => a.request.text).at(-1)).toBe("Take your time.");
    expect(events.map((e) => (e.type === "speech" ? [e.sentence.index, e.sentence.status] : null))).toEqual([
      [0, "ready"],
      [1, "ready"],
      [2, "ready"],
    ]);
  });

  it("a reply said again forgets the old sentences, and the old reply's late audio is not kept", async () => {
    const { speaker, asked, stored, events } = harness();
    const first = speaker.begin("i1", "m1");
    first.push("First try. Cut");
    await settle();
    const again = speaker.begin("i1", "m1");
    asked[0]!.answer();
    await settle();
    expect(stored.size).toBe(0);
    expect(events).toEqual([]);
    again.push("Second try.");
    again.finish();
    await settle();
    asked[1]!.answer();
    await settle();
    expect([...stored.values()]).toEqual(["Second try."]);
  });
  it("stops speaking a line whose message was deleted while a sentence was being spoken, and tells no one", async () => {
    const { speaker, asked, events, gone } = harness();
    const reply = speaker.begin("i1", "m1");
    reply.push("Thanks for that. Now, how would you find a slow query? ");
    reply.finish();
    await settle();
    expect(asked).toHaveLength(1);
    gone.add("m1");
    asked[0]!.answer();
    await settle();
    expect(events).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});

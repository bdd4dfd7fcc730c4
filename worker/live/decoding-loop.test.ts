import { describe, expect, it } from "vitest";
import { cutDecodingLoops, transcribeWithoutLoop } from "./decoding-loop";

// What Whisper base wrote, with the verbatim prompt, for 3.3 s of an interviewer's line heard back by the
// microphone ("…before you answer, and it's fine to think out loud." without the prompt).
const WHISPER_LOOP = `${"I'm sorry, ".repeat(50)}Let's begin.`;

describe("cutDecodingLoops", () => {
  it("cuts Whisper's loop to one copy and keeps the words after it", () => {
    expect(cutDecodingLoops(WHISPER_LOOP)).toEqual({ text: "I'm sorry, Let's begin.", looped: true });
    expect(cutDecodingLoops(`We added an index. ${"the ".repeat(30)}and it worked.`)).toEqual({ text: "We added an index. the and it worked.", looped: true });
  });

  it("finds a repeated sentence among other words", () => {
    const text = `So first I measured it. ${"I'm going to do that. ".repeat(5)}Then I fixed it.`;
    expect(cutDecodingLoops(text)).toEqual({ text: "So first I measured it. I'm going to do that. Then I fixed it.", looped: true });
  });

  it("keeps the repeats people make, counting and lists", () => {
    const said = [
      "No, no, no, no, that's not what I meant.",
      "It was very, very, very slow.",
      "Thank you, thank you, thank you.",
      "One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve.",
      "Twenty-one, twenty-two, twenty-three, twenty-four, twenty-five, twenty-six.",
      "We had 5, 5, 5 and 5 nodes in each region.",
      "I tested it, tested it again, and tested it once more.",
    ];
    for (const text of said) expect(cutDecodingLoops(text)).toEqual({ text, looped: false });
  });
});

describe("transcribeWithoutLoop", () => {
  it("asks once, with the prompt, when the transcript does not loop", async () => {
    const asked: boolean[] = [];
    const text = await transcribeWithoutLoop(async (withPrompt) => (asked.push(withPrompt), "I added an index."));
    expect({ text, asked }).toEqual({ text: "I added an index.", asked: [true] });
  });

  it("asks again without the prompt when it loops, and keeps that transcript", async () => {
    const asked: boolean[] = [];
    const text = await transcribeWithoutLoop(async (withPrompt) => (asked.push(withPrompt), withPrompt ? WHISPER_LOOP : "before you answer."));
    expect({ text, asked }).toEqual({ text: "before you answer.", asked: [true, false] });
  });

  it("cuts the loop when it loops without the prompt as well", async () => {
    expect(await transcribeWithoutLoop(async () => WHISPER_LOOP)).toBe("I'm sorry, Let's begin.");
  });

  it("passes the speech-to-text service's errors through", async () => {
    await expect(transcribeWithoutLoop(async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });
});

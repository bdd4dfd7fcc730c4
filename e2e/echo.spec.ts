// The interviewer's own voice heard back by the microphone, in a real Chromium with real Whisper: the fake
// microphone plays the offline interviewer's greeting in its own voice while the room says it
// (e2e/.fixtures/echo.wav), then the candidate's answer once the opening is over. The echo makes no answer and
// never stops the interviewer; the real answer goes through as usual. Runs in the echo project; "Say that again"
// over the echo is e2e/say-again.spec.ts.
import { expect, test } from "@playwright/test";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";
import { openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { SPOKEN_INTERVIEW, expectAnswerHeard } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

interface Message {
  messageId: string;
  role: string;
  content: string;
}

test("echo: the interviewer's voice coming back through the microphone makes no answer, and the interview carries on", async ({ page }) => {
  test.setTimeout(300_000);
  await watchVoice(page);
  // What speech-to-text made of each answer, in the order the room heard it: shown if the echo is taken for an answer.
  const heard: string[] = [];
  page.on("websocket", (socket) =>
    socket.on("framereceived", ({ payload }) => {
      // A sentence whose voice failed is skipped, not played: shown if the opening is not said to its end.
      if (typeof payload === "string" && (payload.includes('"transcript"') || payload.includes('"failed"'))) heard.push(payload.slice(0, 400));
    }),
  );
  await registerThroughUi(page);
  const interviewId = await openRoomByApi(page, SPOKEN_INTERVIEW);
  const messages = async () => ((await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: Message[] }).messages;

  const interviewerSpeaking = page.getByRole("status").filter({ hasText: "Interviewer speaking" });
  await expect(interviewerSpeaking).toBeVisible({ timeout: 30_000 });
  // The whole opening is said, to its last sentence, while the microphone hears it back.
  await expect(interviewerSpeaking).not.toBeVisible({ timeout: 90_000 });
  const [opening] = await messages();
  const splitter = new SentenceSplitter();
  const sentences = [...splitter.push(opening!.content), ...splitter.finish()].length;
  // The last sentence's "ended" may come a moment after the status changes.
  await expect
    .poll(async () => (await voiceWatch(page)).ended, { timeout: 60_000 })
    .toBe(sentences)
    .catch(async (error: unknown) => {
      throw new Error([`opening sentences played to the end: ${String(error)}`, ...(await voiceWatch(page)).log, ...heard].join("\n"));
    });
  const watched = await voiceWatch(page);
  test.info().annotations.push({ type: "opening sentences played to the end", description: `${watched.ended} of ${sentences}` });
  const kept = (await messages()).filter((m) => m.role === "user").map((m) => m.content);
  expect(watched.interrupted, [...watched.log, `kept: ${JSON.stringify(kept)}`, ...heard].join("\n")).toBe(false);
  // Nothing the microphone heard of it is kept as an answer.
  await expect.poll(async () => (await messages()).filter((m) => m.role === "user").map((m) => m.content), { timeout: 30_000 }).toEqual([]);

  // The candidate then answers, and the interview goes on.
  await expect(transcript(page)).toHaveCount(3, { timeout: 120_000 });
  await expectAnswerHeard(transcript(page).nth(1), [0, 1, 2], 60_000);
  const answers = (await messages()).filter((m) => m.role === "user");
  expect(answers).toHaveLength(1);
  expect(answers[0]!.content).not.toMatch(/thanks for joining|interviewer today|whichever you prefer/i);
  expect((await voiceWatch(page)).interrupted).toBe(false);
});

// "Say that again" while a hands-free answer waits for its first words, in a real Chromium with real Whisper: the
// fake microphone plays the offline interviewer's greeting in its own voice while the room says it, then only a
// quiet room (e2e/.fixtures/echo-only.wav). Nothing the candidate says is in it, so the interviewer must say its
// opening to the end, and again to the end, never stopped. Runs in the say-again project.
import { expect, test } from "@playwright/test";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";
import { openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { SPOKEN_INTERVIEW } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

test("Say that again while a hands-free answer waits for its first words: the line is said again, over a fresh answer", async ({ page }) => {
  test.setTimeout(240_000);
  await watchVoice(page);
  const heard: string[] = [];
  page.on("websocket", (socket) =>
    socket.on("framereceived", ({ payload }) => {
      if (typeof payload === "string" && /"transcript"|"failed"|message_removed/.test(payload)) heard.push(payload.slice(0, 300));
    }),
  );
  await registerThroughUi(page);
  const interviewId = await openRoomByApi(page, SPOKEN_INTERVIEW);
  const interviewerSpeaking = page.getByRole("status").filter({ hasText: "Interviewer speaking" });
  await expect(interviewerSpeaking).toBeVisible({ timeout: 30_000 });
  await expect(interviewerSpeaking).not.toBeVisible({ timeout: 90_000 });
  const detail = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { content: string }[] };
  const splitter = new SentenceSplitter();
  const sentences = [...splitter.push(detail.messages[0]!.content), ...splitter.finish()].length;
  // On failure, what the page played and showed, in order, and what speech-to-text made of the echo.
  const story = async () => [...(await voiceWatch(page)).log, ...heard].join("\n");
  // Its own voice heard back did not stop the interviewer: the whole opening was said.
  await expect
    .poll(async () => (await voiceWatch(page)).ended, { timeout: 60_000, message: "opening sentences played to the end" })
    .toBe(sentences)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await story()}`);
    });
  expect((await voiceWatch(page)).interrupted, `the opening was cut off by its own echo\n${await story()}`).toBe(false);

  // The answer listens, nothing said yet (the echo of the opening is over): the question can still be heard again.
  await expect(page.getByRole("status").filter({ hasText: "when you finish, pause and your answer is sent" })).toBeVisible({ timeout: 30_000 });
  const again = page.getByRole("button", { name: "Say that again" });
  await expect(again).toBeEnabled({ timeout: 30_000 });
  await again.click();
  await expect(interviewerSpeaking).toBeVisible();
  await expect(page.getByText("Speak whenever you like: the interviewer will stop for you.")).toBeVisible();
  // Said again to its last sentence, not cut off by the answer listening meanwhile.
  await expect.poll(async () => (await voiceWatch(page)).ended, { timeout: 90_000, message: "sentences said again" }).toBe(2 * sentences);
  expect((await voiceWatch(page)).interrupted, `the line said again was cut off\n${await story()}`).toBe(false);
  await expect(transcript(page)).toHaveCount(1);
});

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { decodeToPcm } from "../local-speech/decode.ts";
import { answerByClicking, openSpokenRoom, transcript } from "./helpers";
import { COUNTING_WAV, countingSpan } from "./speech-fixtures";
import { coverageProblems, placeSegments } from "./segment-coverage";

// The fake microphone plays e2e/.fixtures/counting.wav: one to sixty in one breath (see counting.spec.ts), so the
// recorder cuts nothing for the first 10 s. A reload 7 s into it leaves everything said so far in the page alone:
// the audio since the last cut, which the page keeps in IndexedDB about once a second (app/live/kept-answers.ts).
test("a reload mid-answer loses no words: the audio kept in the browser reaches the server after the reload", async ({ page }) => {
  await answerByClicking(page);
  const interviewId = await openSpokenRoom(page);
  const { speechStart } = countingSpan();

  await page.getByRole("button", { name: "Answer out loud" }).click();
  const opened = Date.now();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(Math.max(0, opened + (speechStart + 7) * 1000 - Date.now()));

  const detail = async () => (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { messageId: string; role: string; status: string }[] };
  const answerId = (await detail()).messages.find((m) => m.role === "user")!.messageId;
  const audio = (index: number) => page.request.get(`/api/v1/interviews/${interviewId}/answers/${answerId}/audio/${index}`);
  // Nothing of the counting has been cut into a segment yet: all of it is still in the page.
  expect((await audio(0)).status()).toBe(404);
  const playedAtReload = (Date.now() - opened) / 1000;
  await page.reload();

  // The kept audio is sent, then the room offers the ways on for the open answer.
  await expect(page.getByRole("heading", { name: "Your last answer was interrupted" })).toBeVisible();
  await expect.poll(async () => (await audio(0)).status(), { timeout: 30_000 }).toBe(200);
  const segments: Float32Array[] = [];
  for (let index = 0; ; index++) {
    const response = await audio(index);
    if (response.status() === 404) break;
    segments.push((await decodeToPcm(new Uint8Array(await response.body()), response.headers()["content-type"])).pcm);
  }
  const played = (await decodeToPcm(new Uint8Array(readFileSync(COUNTING_WAV)), "audio/wav")).pcm;
  const places = placeSegments(played, segments);
  console.info(`reloaded ${playedAtReload.toFixed(1)} s after the microphone opened; kept segments in the played audio: ${JSON.stringify(places)}`);
  // Everything from the first number up to the last second before the reload (the keeping interval, plus the
  // microphone's start-up) reached the server, in one piece.
  expect(coverageProblems(places, speechStart * 1000, (playedAtReload - 2) * 1000), JSON.stringify(places)).toEqual([]);
  await expect(transcript(page).nth(1)).toContainText(/\d|one|two|three/i, { timeout: 60_000 });

  await page.getByRole("button", { name: "Send what was saved" }).click();
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });
  // Nothing is kept in the browser once the server has the answer: a second reload has nothing to send.
  await page.reload();
  await expect(transcript(page)).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Your last answer was interrupted" })).toBeHidden();
  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("kept-answers");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction("frames").objectStore("frames").count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(kept).toBe(0);
});

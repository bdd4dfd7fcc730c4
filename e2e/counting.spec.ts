import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { decodeToPcm } from "../local-speech/decode.ts";
import { COUNTING_WAV, countingSpan } from "./speech-fixtures";
import { coverageProblems, placeSegments } from "./segment-coverage";
import { answerByClicking, openSpokenRoom, transcript } from "./helpers";

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

// The fake microphone plays e2e/.fixtures/counting.wav: one to sixty in one breath, with no pause
// between numbers (Flite's slt voice), after 1 s of room and before 4 s of it. The recorder has to cut
// it where no one paused; nothing may be lost or sent twice at the cuts. That is checked on the audio the
// recorder sent, which the server keeps. The transcript is not checked number by number: Whisper base
// itself mishears pause-free counting, on the whole file at once worse than on the recorder's segments
// ("21, 12, 22, 3, 24", "33, 33, 33", or digits run together as "34567891011"), and differently on
// each CPU; bench:wer measures how many numbers reach the transcript.
test("counting to sixty without a pause: the recorder's segments carry every moment of it once", async ({ page }) => {
  const interviewId = await openSpokenRoom(page);

  const { speechStart, speechEnd } = countingSpan();
  await page.getByRole("button", { name: "Answer out loud" }).click();
  const opened = Date.now();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  const answer = transcript(page).nth(1);
  // The first numbers appear while the counting goes on; "Done" comes a second after it ends.
  await expect(answer).toContainText(/\d|one|two|three/i, { timeout: 120_000 });
  await page.waitForTimeout(Math.max(0, opened + (speechEnd + 1) * 1000 - Date.now()));
  await page.getByRole("button", { name: "Done" }).click();
  await expect(answer).not.toContainText("Transcribing", { timeout: 60_000 });
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });

  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { messageId: string; role: string }[] };
  const answerId = messages.find((message) => message.role === "user")!.messageId;
  const segments: Float32Array[] = [];
  for (let index = 0; ; index++) {
    const response = await page.request.get(`/api/v1/interviews/${interviewId}/answers/${answerId}/audio/${index}`);
    if (response.status() === 404) break;
    expect(response.ok()).toBe(true);
    segments.push((await decodeToPcm(new Uint8Array(await response.body()), response.headers()["content-type"])).pcm);
  }
  expect(segments.length, "a 30 s answer without a pause is cut into several segments").toBeGreaterThan(1);
  const played = (await decodeToPcm(new Uint8Array(readFileSync(COUNTING_WAV)), "audio/wav")).pcm;
  const places = placeSegments(played, segments);
  console.info(`segments in the played audio: ${JSON.stringify(places)}`);
  expect(coverageProblems(places, speechStart * 1000, speechEnd * 1000), JSON.stringify(places)).toEqual([]);
});

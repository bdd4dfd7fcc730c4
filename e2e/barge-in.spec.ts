// Barge-in in a real Chromium with real Whisper: hands-free, the microphone listens while the interviewer says its
// opening; the candidate starts speaking over it (e2e/.fixtures/barge-in.wav: the answer BARGE_IN_AFTER_SECONDS in),
// the voice stops, the caption shows where, and the answer is kept from its first words. Runs in the barge-in project.
import { expect, test } from "@playwright/test";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";
import { openingLine } from "../worker/ai/offline/lines.ts";
import { expectNoSeriousA11yViolations, openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { SPOKEN_INTERVIEW, expectAnswerHeard } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

test("barge-in: speaking over the interviewer stops its voice, marks the caption, and the whole answer is kept", async ({ page }) => {
  test.setTimeout(240_000);
  await watchVoice(page);
  await registerThroughUi(page);
  await openRoomByApi(page, SPOKEN_INTERVIEW);

  // The opening is being said, and the microphone already listens.
  await expect(page.getByRole("status").filter({ hasText: "Interviewer speaking" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Speak whenever you like: the interviewer will stop for you.")).toBeVisible({ timeout: 30_000 });

  // The candidate speaks; once their first words are made out, the interviewer stops mid-opening.
  await expect(page.getByRole("status").filter({ hasText: "The interviewer stopped so you can speak." })).toBeVisible({ timeout: 60_000 });
  const caption = page.getByTestId("interviewer-caption");
  await expect(caption).toContainText("(interrupted)");
  await expect(caption.locator("s")).not.toBeEmpty();
  const splitter = new SentenceSplitter();
  const greeting = [...splitter.push(openingLine(SPOKEN_INTERVIEW)), ...splitter.finish()];
  const watched = await voiceWatch(page);
  test.info().annotations.push({ type: "sentences said before the interruption", description: `${watched.ended} of ${greeting.length}+1` });
  expect(watched.plays).toBeGreaterThan(0);
  expect(watched.paused).toBe(true);
  expect(watched.ended).toBeLessThan(greeting.length);
  await expectNoSeriousA11yViolations(page);

  // The answer goes on and is sent by the pause after it; it holds every sentence, the first words too.
  await expect(transcript(page)).toHaveCount(3, { timeout: 90_000 });
  await expectAnswerHeard(transcript(page).nth(1), [0, 1, 2], 60_000);
  await expect(transcript(page).nth(1)).not.toContainText(/thanks for joining/i);
});

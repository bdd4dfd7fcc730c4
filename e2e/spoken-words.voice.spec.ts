// Screen readers hear the candidate's own words as they are transcribed: a polite log that gains each
// new phrase once. Runs in the voice project: the fake microphone plays e2e/.fixtures/dashboard.wav
// (1 s silence, ~12 s of speech with pauses, 4 s silence).
import { expect, test } from "@playwright/test";
import { answerByClicking, createInterview, registerThroughUi, transcript } from "./helpers";

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

const words = (texts: (string | null)[]) => texts.join(" ").split(/\s+/).filter(Boolean);

test("the live transcript of a spoken answer is announced phrase by phrase, each once", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  // Undistorted capture of the fake microphone (see useVoiceAnswer).
  await page.goto(`${page.url()}?rawAudio`);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  const log = page.getByRole("log", { name: "Your words as they are transcribed" });
  await expect(log).toHaveAttribute("aria-live", "polite");
  // The interview's opening line is already on the page: nothing of it is announced as the candidate's.
  await expect(log).toHaveText("");

  const startedAt = Date.now();
  await page.getByRole("button", { name: "Answer out loud" }).click();
  // Announced while the candidate is still speaking: the first segment, cut at the first pause.
  await expect(log).toContainText(/dashboard|react/i, { timeout: 60_000 });

  await page.waitForTimeout(Math.max(0, 14_500 - (Date.now() - startedAt)));
  await page.getByRole("button", { name: "Done" }).click();
  // The interviewer's next turn starts once the answer is complete.
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });
  const answer = transcript(page).nth(1);
  await expect(answer).toContainText(/typescript|type script/i);

  // Every word of the answer was announced exactly once, in order, as separate phrases.
  const answerText = await answer.locator("p").nth(1).textContent();
  const phrases = await log.locator("p").allTextContents();
  expect(words(phrases)).toEqual(words([answerText]));
  expect(phrases.length).toBeGreaterThan(1);

  // A reload announces nothing that was said before.
  await page.reload();
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByRole("log", { name: "Your words as they are transcribed" })).toHaveText("");
});

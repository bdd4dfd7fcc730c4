import { expect, test } from "@playwright/test";
import { numbersSaid } from "../scripts/bench-wer/wer.ts";
import { COUNTING_NUMBERS, countingEnd } from "./speech-fixtures";
import { registerThroughUi, transcript } from "./helpers";

// The fake microphone plays e2e/.fixtures/counting.wav: one to sixty in one breath, with no pause
// between numbers (Flite's slt voice), after 1 s of room and before 4 s of it. The recorder has to cut
// it where no one paused; nothing may be lost or heard twice at the cuts.
test("counting to sixty without a pause: every number reaches the transcript once, in order", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Frontend Developer");
  await page.getByRole("checkbox", { name: "React" }).check();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Frontend Developer" })).toBeVisible();
  await page.goto(`${page.url()}?rawAudio`);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  await page.getByRole("button", { name: "Answer out loud" }).click();
  const opened = Date.now();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  const answer = transcript(page).nth(1);
  // The first numbers appear while the counting goes on; "Done" comes a second after it ends.
  await expect.poll(async () => numbersSaid(await answer.innerText()).length, { timeout: 60_000 }).toBeGreaterThan(5);
  await page.waitForTimeout(Math.max(0, opened + (countingEnd() + 1) * 1000 - Date.now()));
  await page.getByRole("button", { name: "Done" }).click();
  await expect(answer).not.toContainText("Transcribing", { timeout: 60_000 });
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });

  const heard = numbersSaid(await answer.innerText());
  expect(heard).toEqual(Array.from({ length: COUNTING_NUMBERS }, (_, i) => i + 1));
});

import { expect, test } from "@playwright/test";
import { answerByClicking, openSpokenRoom, transcript } from "./helpers";

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

// The fake microphone plays e2e/.fixtures/noise.wav: 8 s of faint pink noise, then silence. Whisper
// base hears "you" in noise like this; the product must hear nothing.
test("noise is not an answer: nothing is stored, the interviewer waits, and the candidate answers again", async ({ page }) => {
  await openSpokenRoom(page);

  await page.getByRole("button", { name: "Answer out loud" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(9_000);
  await page.getByRole("button", { name: "Done" }).click();

  await expect(page.getByRole("status").filter({ hasText: "We didn't hear any words in that answer" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await expect(transcript(page)).toHaveCount(1);
  await page.reload();
  await expect(transcript(page)).toHaveCount(1);
  await expect(transcript(page).first()).toContainText("Interviewer");

  // Typing still works, and the interview moves on only now.
  await page.getByLabel("Or type your answer").fill("I split the bundle with React.lazy and dynamic imports, and the first load fell by half.");
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(transcript(page)).toHaveCount(3, { timeout: 30_000 });
});

import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { answerByClicking, registerThroughUi, transcript } from "./helpers";

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

const TYPED =
  "In my last project I built a dashboard with React and TypeScript. For example, I streamed updates over web sockets. " +
  "The result was that the support team saw new orders within a second.";

/**
 * Replaces the audio in every segment the page sends with random bytes while `corrupt()` says so, as a
 * broken recorder would: the server stores it, and speech-to-text cannot read it.
 */
async function corruptAudioWhile(page: Page, corrupt: () => boolean): Promise<void> {
  await page.routeWebSocket(/\/api\/v1\/interviews\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (typeof message === "string" || !corrupt()) return server.send(message);
      const headerEnd = 4 + message.readUInt32LE(0);
      server.send(Buffer.concat([message.subarray(0, headerEnd), randomBytes(message.length - headerEnd)]));
    });
  });
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName);

test("an answer that cannot be transcribed is never a dead end: discard it and answer again, in the room and from the report", async ({ page }) => {
  let corrupt = true;
  await corruptAudioWhile(page, () => corrupt);
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Frontend Developer");
  await page.getByRole("checkbox", { name: "React" }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Frontend Developer" })).toBeVisible();
  await page.goto(`${page.url()}?rawAudio`);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  // In the room: the spoken answer fails, and a new one is refused until it is dealt with.
  await page.getByRole("button", { name: "Answer out loud" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(5_000);
  await page.getByRole("button", { name: "Done" }).click();
  const answer = transcript(page).nth(1);
  await expect(answer.getByRole("alert")).toContainText(/recording is saved/i, { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your answer could not be used" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send typed answer" })).toBeDisabled();

  // "Try again" runs it again (and fails again: the audio is unreadable); discarding gives the turn back.
  await answer.getByRole("button", { name: "Try again" }).click();
  await expect(answer.getByRole("alert")).toContainText(/recording is saved/i, { timeout: 60_000 });
  await answer.getByRole("button", { name: "Discard and answer again" }).focus();
  await page.keyboard.press("Enter");
  await expect(transcript(page)).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  expect(await focusedText(page)).toBe("Answer out loud");

  await page.getByLabel("Or type your answer").fill(TYPED);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  // The typed answer took the failed one's place, and the interviewer answered it (a follow-up or the close).
  await expect(transcript(page)).toHaveCount(3, { timeout: 30_000 });
  await expect(transcript(page).nth(1)).toContainText(TYPED);
  if (await page.getByRole("button", { name: "End interview" }).isVisible()) {
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
  }
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible({ timeout: 30_000 });

  // From the report: a spoken attempt fails the same way; discarding it opens the panel to answer again.
  // A reloaded page opens the fake microphone afresh, so the recording plays from its start.
  await page.reload();
  const question = page.getByRole("article").first();
  await question.getByRole("button", { name: "Try this question again" }).click();
  const panel = question.getByRole("region", { name: "Try question 1 again" });
  await panel.getByRole("button", { name: "Answer out loud" }).click();
  await expect(question.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(4_000);
  await question.getByRole("button", { name: "Done" }).click();
  const failure = question.getByRole("alert").filter({ hasText: /recording is saved/i });
  await expect(failure).toBeVisible({ timeout: 60_000 });
  await failure.getByRole("button", { name: "Discard and answer again" }).click();
  await expect(failure).toBeHidden();
  await expect(panel).toBeVisible();

  // This time the audio arrives intact: the rest of the recording is transcribed, scored and compared.
  corrupt = false;
  await panel.getByRole("button", { name: "Answer out loud" }).click();
  await expect(question.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(6_000);
  await question.getByRole("button", { name: "Done" }).click();
  await expect(question.getByRole("status").filter({ hasText: "Attempt 2 compared with your first answer" })).toBeVisible({ timeout: 60_000 });
});

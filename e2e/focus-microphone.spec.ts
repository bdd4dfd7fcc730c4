// Keyboard focus on the answer controls, with Chromium's own fake microphone (a tone): enough to start,
// stop and discard a recording.
import { existsSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { answerByClicking, createInterview, expectNoSeriousA11yViolations, registerThroughUi } from "./helpers";

test.use({
  permissions: ["microphone"],
  launchOptions: {
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--disable-background-networking", "--no-first-run", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

async function pressWithKeyboard(control: Locator): Promise<void> {
  await control.focus();
  await control.press("Enter");
}

test("“Answer out loud” turns into “Done” and back without losing focus; discarding returns to it", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await pressWithKeyboard(page.getByRole("button", { name: "Answer out loud" }));
  await expect(page.getByRole("button", { name: "Done" })).toBeFocused();
  await pressWithKeyboard(page.getByRole("button", { name: "Discard and start again" }));
  const answer = page.getByRole("button", { name: "Answer out loud" });
  await expect(answer).toBeFocused();

  // Unavailable for a moment, until the server confirms the discarded answer is gone.
  await expect(answer).toBeEnabled();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Done" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^(Sending…|Answer out loud)$/ })).toBeFocused();
});

test("holding Space records an answer and letting go ends it, unless focus is on a control", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  // On a button, Space presses the button: "Answer out loud" starts a click-to-answer answer, which stays open.
  await page.getByRole("button", { name: "Answer out loud" }).focus();
  await page.keyboard.down("Space");
  await page.keyboard.up("Space");
  await expect(page.getByRole("button", { name: "Done" })).toBeFocused();
  await page.getByRole("button", { name: "Discard and start again" }).press("Enter");
  await expect(page.getByRole("button", { name: "Answer out loud" })).toBeFocused();

  // Elsewhere, Space is push-to-talk; pressed before the server has confirmed the discard, the answer
  // starts as soon as the room can take one.
  const heading = page.getByRole("heading", { name: "Backend Developer" });
  await heading.focus();
  await page.keyboard.down("Space");
  await expect(page.getByRole("status").filter({ hasText: "Listening. Let go of Space when you finish." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Done" })).toBeVisible();
  await page.keyboard.up("Space");
  await expect(page.getByRole("button", { name: "Done" })).toBeHidden();
  await expect(heading).toBeFocused();
});

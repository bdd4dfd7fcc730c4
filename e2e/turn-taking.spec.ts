// The room's switch between hands-free and click-to-answer, by keyboard, remembered by the browser; and
// hands-free never asks for a microphone the site has not been allowed (this project grants none).
import { expect, test } from "@playwright/test";
import { createInterview, expectNoSeriousA11yViolations, registerThroughUi } from "./helpers";

test("hands-free is the default, switches off and on by keyboard, and the choice and pause are remembered", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  const handsFree = page.getByRole("switch", { name: "Hands-free" });
  const pause = page.getByRole("combobox", { name: "Send after a pause of" });
  await expect(handsFree).toBeChecked();
  await expect(pause).toHaveValue("3000");
  // Not allowed to use the microphone yet: the answer waits for a click rather than making the browser ask.
  await expect(page.getByRole("button", { name: "Answer out loud" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Space on the switch toggles it; it does not start a push-to-talk answer.
  await handsFree.focus();
  await page.keyboard.press("Space");
  await expect(handsFree).not.toBeChecked();
  await expect(handsFree).toBeFocused();
  await expect(pause).toBeHidden();
  await expect(page.getByRole("button", { name: "Answer out loud" })).toBeVisible();

  await page.reload();
  await expect(handsFree).not.toBeChecked();
  await handsFree.focus();
  await page.keyboard.press("Space");
  await expect(handsFree).toBeChecked();
  await pause.selectOption({ label: "5 seconds" });
  await page.reload();
  await expect(handsFree).toBeChecked();
  await expect(pause).toHaveValue("5000");
});

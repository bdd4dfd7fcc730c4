import { expect, test } from "@playwright/test";
import { createInterview, registerThroughUi } from "./helpers";

test("a fifth tab on one interview disconnects the oldest, which says why and can take over again", async ({ page, context }) => {
  await registerThroughUi(page);
  await createInterview(page, 3);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  const room = page.url();

  const others = [];
  for (let i = 0; i < 4; i++) {
    const tab = await context.newPage();
    await tab.goto(room);
    await expect(tab.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
    others.push(tab);
  }
  const notice = page.getByRole("alert").filter({ hasText: "This interview is open in another tab or window" });
  await expect(notice).toBeVisible();
  await expect(page.getByRole("button", { name: "Send typed answer" })).toBeDisabled();

  // Taking over here disconnects the oldest of the others, and this tab works again.
  await notice.getByRole("button", { name: "Continue here" }).click();
  await expect(notice).toBeHidden();
  await expect(others[0]!.getByRole("alert").filter({ hasText: "This interview is open in another tab or window" })).toBeVisible();
  await page.getByLabel("Or type your answer").fill("Indexes.");
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(others[1]!.getByRole("list", { name: "Transcript" }).getByRole("listitem").nth(1)).toContainText("Indexes.");
});

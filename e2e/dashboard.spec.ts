// The dashboard: each interview's result in the history list.
import { expect, test } from "@playwright/test";
import { SOLID_ANSWER, createInterview, expectNoSeriousA11yViolations, finishOneQuestion, registerThroughUi } from "./helpers";

test("the history shows each finished interview's score, “not enough to score”, or the interview's status", async ({ page }) => {
  await registerThroughUi(page);
  await finishOneQuestion(page, SOLID_ANSWER);
  const overall = (await page.getByText(/^Overall \d(\.\d)? \/ 5$/).textContent())!.replace("Overall ", "");
  await finishOneQuestion(page, "blah blah blah blah blah blah blah blah");
  await expect(page.getByText("Not enough to score", { exact: true })).toBeVisible();
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  await page.goto("/");
  const rows = page.getByRole("list", { name: "Interview history" }).getByRole("listitem");
  await expect(rows).toHaveCount(3);
  // Newest first: the one in progress, the unscored one, the scored one.
  await expect(rows.nth(0)).toContainText("In progress");
  await expect(rows.nth(0)).not.toContainText(/Score|Not enough/);
  await expect(rows.nth(1)).toContainText("Completed");
  await expect(rows.nth(1)).toContainText("Not enough to score");
  await expect(rows.nth(2)).toContainText("Completed");
  await expect(rows.nth(2)).toContainText(`Score ${overall}`);
  await expectNoSeriousA11yViolations(page);
});

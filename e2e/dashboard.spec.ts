// The dashboard: a first-time welcome for a new account and "Welcome back" for a returning user, and
// each interview's result in the history list.
import { expect, test } from "@playwright/test";
import { PASSWORD, SOLID_ANSWER, createInterview, expectNoSeriousA11yViolations, finishOneQuestion, registerThroughUi } from "./helpers";

test("a new account is welcomed for the first time; a returning user is welcomed back", async ({ page }) => {
  const username = await registerThroughUi(page);
  await expect(page.getByText(`Welcome, ${username}.`)).toBeVisible();
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Signed out, the sign-in page does not assume the visitor has been here before.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText(/Welcome back/)).toHaveCount(0);

  // Back with nothing practised yet: still the first-time welcome.
  const signIn = async () => {
    await page.goto("/signin");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
  };
  await signIn();
  await expect(page.getByText(`Welcome, ${username}.`)).toBeVisible();

  // Back after practising: welcome back.
  expect((await page.request.post("/api/v1/interviews", { data: { title: "Backend Developer", skills: ["SQL"] } })).status()).toBe(201);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn();
  await expect(page.getByText(`Welcome back, ${username}.`)).toBeVisible();
  await expect(page.getByText(`Welcome, ${username}.`)).toHaveCount(0);
});

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

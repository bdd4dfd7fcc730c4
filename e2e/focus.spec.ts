// Keyboard focus: headings take it on navigation without a ring, and when the control the user pressed
// is replaced or goes away, focus lands on what took its place, never on <body>.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PASSWORD, SOLID_ANSWER, createInterview, expectNoSeriousA11yViolations, finishOneQuestion, registerThroughUi, uniqueUsername } from "./helpers";

/** Presses Enter on `control` as a keyboard user would: focus it first, then the key. */
async function pressWithKeyboard(control: Locator): Promise<void> {
  await control.focus();
  await control.press("Enter");
}

/** The focused element's tag and outline style: "none" means no focus ring is drawn. */
const outlineOf = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement!.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));

/** Fails when focus has dropped to the page itself. */
const expectFocusOnPage = async (page: Page) => expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");

test("page headings take focus on navigation, with no focus ring, also after keyboard use", async ({ page }) => {
  await page.goto("/register");
  await page.keyboard.press("Tab");
  await page.keyboard.type(uniqueUsername("heading"));
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  const dashboardHeading = page.getByRole("heading", { level: 1, name: "Your interviews" });
  await expect(dashboardHeading).toBeFocused();
  expect(await outlineOf(page)).toEqual({ tag: "H1", outline: "none" });

  await pressWithKeyboard(page.getByRole("link", { name: "New interview" }));
  await expect(page.getByRole("heading", { level: 1, name: "New interview" })).toBeFocused();
  expect(await outlineOf(page)).toEqual({ tag: "H1", outline: "none" });

  // Controls still show their ring when reached by keyboard.
  await page.keyboard.press("Tab");
  expect((await outlineOf(page)).outline).toBe("solid");
});

test("sending a typed answer keeps focus on Send while the interviewer replies", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByLabel("Or type your answer").fill(SOLID_ANSWER);
  const send = page.getByRole("button", { name: "Send typed answer" });
  await pressWithKeyboard(send);
  await expect(send).toBeFocused();
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await expect(send).toBeFocused();
});

test("ending the interview from the dialog lands on “Interview complete”; cancelling returns to the button", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 3);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  const end = page.getByRole("button", { name: "End interview" });
  await pressWithKeyboard(end);
  const dialog = page.getByRole("dialog", { name: "End the interview now?" });
  await pressWithKeyboard(dialog.getByRole("button", { name: "Keep going" }));
  await expect(dialog).toBeHidden();
  await expect(end).toBeFocused();

  await pressWithKeyboard(end);
  await pressWithKeyboard(dialog.getByRole("button", { name: "End interview" }));
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeFocused();
});

test("the report: cancelling “Try this question again” returns focus to it; sending lands on the attempt", async ({ page }) => {
  await registerThroughUi(page);
  await finishOneQuestion(page, SOLID_ANSWER);
  const question = page.getByRole("article").first();
  const tryAgain = question.getByRole("button", { name: "Try this question again" });
  await pressWithKeyboard(tryAgain);
  const panel = question.getByRole("region", { name: "Try question 1 again" });
  await expect(panel.getByRole("button", { name: "Answer out loud" })).toBeFocused();
  await pressWithKeyboard(question.getByRole("button", { name: "Cancel" }));
  await expect(panel).toBeHidden();
  await expect(tryAgain).toBeFocused();

  await pressWithKeyboard(tryAgain);
  await panel.getByLabel("Or type your answer").fill(SOLID_ANSWER);
  await pressWithKeyboard(panel.getByRole("button", { name: "Send typed answer" }));
  await expect(panel).toBeHidden();
  await expect(question.getByRole("status").filter({ hasText: "Attempt 2 compared with your first answer" })).toBeVisible();
  await expectFocusOnPage(page);
  await expect(question.getByRole("region", { name: "Attempt 2" })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.contains(document.querySelector('[aria-label="Attempt 2"]')))).toBe(true);
  await expectNoSeriousA11yViolations(page);
});

test("the dashboard: deleting moves focus to the next interview, cancelling back to Delete, showing older to the first older one", async ({ page }) => {
  await registerThroughUi(page);
  // One more than a page (20), so "Show older interviews" appears; oldest first, so the newest is "Role 21".
  for (let i = 1; i <= 21; i++) {
    const response = await page.request.post("/api/v1/interviews", { data: { title: `Role ${i}`, skills: ["SQL"] } });
    expect(response.status()).toBe(201);
  }
  await page.reload();
  const history = page.getByRole("list", { name: "Interview history" });
  await expect(history.getByRole("listitem")).toHaveCount(20);

  await pressWithKeyboard(page.getByRole("button", { name: "Show older interviews" }));
  await expect(history.getByRole("listitem")).toHaveCount(21);
  await expect(history.getByRole("link", { name: "Role 1", exact: true })).toBeFocused();

  const dialog = page.getByRole("dialog", { name: "Delete this interview?" });
  const deleteRole20 = page.getByRole("button", { name: /^Delete Role 20,/ });
  await pressWithKeyboard(deleteRole20);
  await pressWithKeyboard(dialog.getByRole("button", { name: "Keep it" }));
  await expect(deleteRole20).toBeFocused();

  await pressWithKeyboard(deleteRole20);
  await pressWithKeyboard(dialog.getByRole("button", { name: "Delete" }));
  await expect(history.getByRole("listitem")).toHaveCount(20);
  await expect(history.getByRole("link", { name: "Role 19", exact: true })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});

test("signing in with a wrong password keeps focus on the button pressed", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Username").fill(uniqueUsername("nobody"));
  await page.getByLabel("Password").fill("not the password");
  const signIn = page.getByRole("button", { name: "Sign in" });
  await pressWithKeyboard(signIn);
  await expect(page.getByRole("alert")).toHaveText("Username or password is incorrect.");
  await expect(signIn).toBeFocused();
});

// Form errors follow the user's edits: an error under a field goes (or changes) once the field is fixed,
// without waiting for the next submit.
import { expect, test } from "@playwright/test";
import { TEXT_ANSWER_CHARS_MAX } from "../worker/protocol/audio.ts";
import { PASSWORD, createInterview, expectNoSeriousA11yViolations, registerThroughUi, uniqueUsername } from "./helpers";

test("register and sign in: each error goes as soon as its field is right, and changes when it is wrong another way", async ({ page }) => {
  await page.goto("/register");
  const username = page.getByLabel("Username");
  const password = page.getByLabel("Password");
  await username.fill("x");
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Username must be at least 3 characters.")).toBeVisible();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();

  await username.fill("x!x");
  await expect(page.getByText("Use letters, digits, '-' or '_', starting with a letter or digit.")).toBeVisible();
  await expect(page.getByText("Username must be at least 3 characters.")).toBeHidden();

  await username.fill(uniqueUsername("forms"));
  await expect(page.getByText("Use letters, digits, '-' or '_', starting with a letter or digit.")).toBeHidden();
  await expect(username).not.toHaveAttribute("aria-invalid");
  // The password is still too short: its error stays.
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await password.fill(PASSWORD);
  await expect(page.getByText("Password must be at least 8 characters.")).toBeHidden();
  await expect(password).not.toHaveAttribute("aria-invalid");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a username.")).toBeVisible();
  await page.getByLabel("Username").fill("someone");
  await expect(page.getByText("Enter a username.")).toBeHidden();
  await expect(page.getByText("Enter a password.")).toBeVisible();
});

test("new interview: the role, skills and question count errors go as each is fixed", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Number of questions").fill("99");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
  await expect(page.getByText("Enter the role you are practising for.")).toBeVisible();
  await expect(page.getByText("Choose at least one skill.")).toBeVisible();
  await expect(page.getByText("Ask at most 15 questions.")).toBeVisible();

  await page.getByLabel("Role").fill("Backend Developer");
  await expect(page.getByText("Enter the role you are practising for.")).toBeHidden();
  await expect(page.getByLabel("Role")).not.toHaveAttribute("aria-invalid");
  await page.getByRole("checkbox", { name: "SQL" }).check();
  await expect(page.getByText("Choose at least one skill.")).toBeHidden();
  // One field is still wrong: the summary stays until it is fixed too.
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Number of questions").fill("3");
  await expect(page.getByText("Ask at most 15 questions.")).toBeHidden();
  await expect(page.getByText("Some fields need attention.")).toBeHidden();

  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
});

test("a typed answer: “Write something first” goes once something is written; a paste over the limit is kept whole and said", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 1);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(page.getByRole("alert")).toHaveText("Write something first.");
  const field = page.getByLabel("Or type your answer");
  await field.fill("Indexes");
  await expect(page.getByText("Write something first.")).toBeHidden();

  // 5,010 characters pasted: none is cut off, the field says by how much it is over, and nothing is sent.
  const long = `${"I measured the query first. ".repeat(178)}Then I fixed it.`.padEnd(TEXT_ANSWER_CHARS_MAX + 10, "!");
  await field.fill(long);
  await expect(field).toHaveValue(long);
  await expect(page.getByRole("alert")).toHaveText(/limited to 5,000 characters: this one is 10 characters over/);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "I measured the query first." })).toHaveCount(0);
  await field.fill(long.slice(0, TEXT_ANSWER_CHARS_MAX));
  await expect(page.getByRole("alert")).toBeHidden();
});

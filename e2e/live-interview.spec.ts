import { expect, test } from "@playwright/test";
import { SOLID_ANSWER, createInterview, expectNoSeriousA11yViolations, registerThroughUi, transcript } from "./helpers";

test("typed answers: the interviewer opens, follows up, and the interview completes", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 1);
  await expect(page.getByText("Offline practice mode")).toBeVisible();
  await expect(transcript(page).first()).toContainText("thanks for joining");
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Or type your answer").fill("Indexes.");
  await page.getByRole("button", { name: "Send typed answer" }).click();
  // A two-word answer gets a follow-up question, not the next topic.
  await expect(transcript(page)).toHaveCount(3);
  await expect(transcript(page).nth(1)).toContainText("Indexes.");
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  await page.getByLabel("Or type your answer").fill(SOLID_ANSWER);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible();
  await expect(page.getByText("Completed")).toBeVisible();

  // The report: an overall result, and feedback that quotes what was said.
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  await expect(page.getByText(/^Overall \d(\.\d)? \/ 5$|^Not enough to score$/)).toBeVisible();
  await expect(page.getByText(/Delivery: \d+ words?/).first()).toBeVisible();
  await expect(page.getByText("Typed answer: speaking rate and pauses apply to spoken answers only.").first()).toBeVisible();
  const quotes = page.getByRole("region", { name: "Feedback" }).locator("q");
  await expect(quotes.first()).toBeVisible();
  for (const quote of await quotes.allTextContents()) {
    expect(`Indexes. ${SOLID_ANSWER}`.toLowerCase()).toContain(quote.toLowerCase().replace(/[.,]$/, ""));
  }
  await expectNoSeriousA11yViolations(page);

  const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Markdown" }).click()]);
  expect(markdown.suggestedFilename()).toBe("backend-developer-feedback.md");
  const text = await (await markdown.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toMatch(/^# Interview feedback: Backend Developer/);
  expect(text).toContain("composite index");

  await page.reload();
  await expect(transcript(page)).toHaveCount(5);
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
});

test("microphone denied: a clear explanation, and typing still works", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 2);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByRole("button", { name: "Answer out loud" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /microphone/i })).toContainText(/type your answer/i);
  await page.getByLabel("Or type your answer").fill(SOLID_ANSWER);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(transcript(page).nth(1)).toContainText("composite index");
  await expectNoSeriousA11yViolations(page);
});

test("ending early asks first, then completes the interview", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 3);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByLabel("Or type your answer").fill(SOLID_ANSWER);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(transcript(page)).toHaveCount(3);
  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Interview history" }).getByText("Completed")).toBeVisible();
});

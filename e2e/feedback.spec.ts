import { expect, test, type Page } from "@playwright/test";
import { SOLID_ANSWER, expectNoSeriousA11yViolations, finishOneQuestion, registerThroughUi } from "./helpers";

const download = async (page: Page, button: string) => {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), text: Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8") };
};

test("finish → feedback with metrics and quotes → try a question again → compare → export → progress over two interviews", async ({ page }) => {
  await registerThroughUi(page);
  const chartRequests: string[] = [];
  page.on("request", (request) => request.url().includes("progress-charts") && chartRequests.push(request.url()));
  await finishOneQuestion(page, SOLID_ANSWER);

  // The report: delivery, and feedback that quotes only what was said.
  const question = page.getByRole("article").first();
  await expect(question.getByText(/Delivery: \d+ words/)).toBeVisible();
  await expect(page.getByText(/You did \d+% of the talking/)).toBeVisible();
  for (const quote of await question.locator("q").allTextContents()) {
    expect(SOLID_ANSWER.toLowerCase()).toContain(quote.toLowerCase().replace(/[.,]$/, ""));
  }

  // Try again, this time also covering what the feedback says was missing.
  const missing = (await question.getByRole("listitem").filter({ hasText: "(not mentioned)" }).allTextContents()).map((text) =>
    text.replace("✗", "").replace("(not mentioned)", "").trim(),
  );
  await question.getByRole("button", { name: "Try this question again" }).click();
  const panel = question.getByRole("region", { name: "Try question 1 again" });
  await expect(panel.getByRole("button", { name: "Answer out loud" })).toBeFocused();
  await panel.getByLabel("Or type your answer").fill(`${SOLID_ANSWER} Next time I would also ${missing.join(", and ")}.`);
  await panel.getByRole("button", { name: "Send typed answer" }).click();

  // The comparison: first answer and attempt side by side, and what changed.
  await expect(question.getByRole("status").filter({ hasText: "Attempt 2 compared with your first answer" })).toBeVisible();
  const table = question.getByRole("table", { name: "First answer compared with Attempt 2" });
  await expect(table.getByRole("columnheader", { name: "First answer" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Attempt 2" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Score/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Words \d+ \d+$/ })).toBeVisible();
  if (missing.length > 0) await expect(question.getByText(/^Now covers: /)).toContainText(missing[0]!);
  await expect(question.getByRole("region", { name: "Try question 1 again" })).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  // Kept: after a reload the attempt and its comparison are still there, and they go into the export.
  await page.reload();
  await expect(page.getByRole("table", { name: "First answer compared with Attempt 2" })).toBeVisible();
  const markdown = await download(page, "Download Markdown");
  expect(markdown.name).toBe("backend-developer-feedback.md");
  expect(markdown.text).toMatch(/^# Interview feedback: Backend Developer/);
  expect(markdown.text).toContain("composite index");
  expect(markdown.text).toContain("### Attempt 2");
  expect(markdown.text).toMatch(/- Score (up|down|unchanged)|- Now scored|- This attempt could not be scored|- Still not enough/);

  // One finished interview: nothing to chart yet, and the chart code is not even loaded.
  await page.goto("/");
  await expect(page.getByText("Finish one more interview to see how you are improving.")).toBeVisible();
  expect(chartRequests).toEqual([]);

  await finishOneQuestion(page, SOLID_ANSWER);
  await page.goto("/");
  const progress = page.getByRole("region", { name: "Your progress" });
  await expect(progress.getByText("Overall score (1–5)")).toBeVisible();
  await expect(progress.getByTestId("chart-Overall score (1–5)").locator("canvas")).toBeVisible();
  await expect(progress.getByText(/Weakest skill so far: SQL/)).toBeVisible();
  expect(chartRequests.length).toBeGreaterThan(0);
  await progress.getByLabel("Show progress for").selectOption("SQL");
  await expect(progress.getByText("Score for SQL (1–5)")).toBeVisible();
  await expect(progress.getByTestId("chart-Overall score (1–5)").locator("canvas")).toBeVisible();
  await expect(progress.getByText("SQL came up in 2 of 2 interviews.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a finished interview shows the feedback first and the transcript after it, without scrolling away from the top", async ({ page }) => {
  await registerThroughUi(page);
  await finishOneQuestion(page, SOLID_ANSWER);
  await page.reload();
  const feedback = page.getByRole("region", { name: "Feedback" });
  await expect(feedback.getByText(/^Overall \d(\.\d)? \/ 5$|^Not enough to score$/)).toBeVisible();
  const transcriptHeading = page.getByRole("heading", { level: 2, name: "Transcript" });
  await expect(transcriptHeading).toBeVisible();
  // Overall result, summary, next steps and each question's feedback all come before the transcript.
  const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y;
  const transcriptTop = await top(transcriptHeading);
  for (const part of [feedback.getByText(/^Overall \d(\.\d)? \/ 5$|^Not enough to score$/).first(), feedback.getByRole("heading", { name: "Next steps" }), feedback.getByRole("article").last()]) {
    expect(await top(part)).toBeLessThan(transcriptTop);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoSeriousA11yViolations(page);
});

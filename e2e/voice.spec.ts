import { expect, test } from "@playwright/test";
import { answerByClicking, openSpokenRoom, registerThroughUi } from "./helpers";
import { answerSentenceEnds, expectAnswerHeard } from "./speech-fixtures";

// These answers start and end on a click.
test.beforeEach(({ page }) => answerByClicking(page));

// The fake microphone plays e2e/.fixtures/answer.wav (speech-fixtures.ts): 1 s of silence, three sentences ~1 s apart, 4 s of silence.
// Speech ends this long after the microphone opens; waiting 1.5 s more lets the last segment close on its pause.
const ANSWER_MS = () => answerSentenceEnds().at(-1)! * 1000 + 1_500;
test("voice answer → live transcript from real Whisper → interviewer replies → reload keeps it → finish", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Frontend Developer");
  await page.getByRole("checkbox", { name: "React" }).check();
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Frontend Developer" })).toBeVisible();
  // Undistorted capture of the fake microphone (see useVoiceAnswer).
  await page.goto(`${page.url()}?rawAudio`);

  const transcript = page.getByRole("list", { name: "Transcript" }).getByRole("listitem");
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  const startedAt = Date.now();
  await page.getByRole("button", { name: "Answer out loud" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });

  // Segments are transcribed while the answer is still being spoken.
  const answer = transcript.nth(1);
  await expectAnswerHeard(answer, [0], 60_000);
  // Let the speech finish, then stop.
  await page.waitForTimeout(Math.max(0, ANSWER_MS() - (Date.now() - startedAt)));
  await page.getByRole("button", { name: "Done" }).click();

  await expectAnswerHeard(answer, [0, 1, 2], 60_000);
  // The interviewer's next turn streams in after the answer.
  await expect(transcript).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  await page.reload();
  await expect(transcript).toHaveCount(3);
  await expectAnswerHeard(transcript.nth(1), [0, 1, 2]);
  await expect(transcript.nth(1)).toContainText("(spoken)");
  // The candidate can hear their own answer again.
  await transcript.nth(1).getByRole("button", { name: "Play your answer" }).click();
  await expect(transcript.nth(1).getByRole("button", { name: "Stop playback" })).toBeVisible();
  await transcript.nth(1).getByRole("button", { name: "Stop playback" }).click();

  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible();
  await expect(page.getByText("Completed")).toBeVisible();
  // The report carries the delivery measured from the recording.
  await expect(page.getByText(/Delivery: \d+ words · \d+ s spoken · \d+ words per minute/)).toBeVisible();

  // Try the first question again out loud. A reloaded page opens the fake microphone afresh, so the recording plays from its start.
  await page.reload();
  const question = page.getByRole("article").first();
  await question.getByRole("button", { name: "Try this question again" }).click();
  const retryStartedAt = Date.now();
  await question.getByRole("region", { name: "Try question 1 again" }).getByRole("button", { name: "Answer out loud" }).click();
  await expect(question.getByRole("status").filter({ hasText: "Listening" })).toBeVisible({ timeout: 30_000 });
  // The attempt's own transcript appears while it is being spoken.
  await expectAnswerHeard(question.getByRole("region", { name: "Attempt 2" }), [0], 60_000);
  await page.waitForTimeout(Math.max(0, ANSWER_MS() - (Date.now() - retryStartedAt)));
  await question.getByRole("button", { name: "Done" }).click();
  await expect(question.getByRole("status").filter({ hasText: "Attempt 2 compared with your first answer" })).toBeVisible({ timeout: 60_000 });
  const comparison = question.getByRole("table", { name: "First answer compared with Attempt 2" });
  await expect(comparison.getByRole("row", { name: /^Words per minute \d+ \d+$/ })).toBeVisible();
  await expect(comparison.getByRole("row", { name: /^Spoken for [\d.]+ s [\d.]+ s$/ })).toBeVisible();
  await question.getByRole("button", { name: "Play your answer" }).click();
  await expect(question.getByRole("button", { name: "Stop playback" })).toBeVisible();
  await question.getByRole("button", { name: "Stop playback" }).click();
});

test("a reload mid-answer loses nothing: what was sent can be finished", async ({ page }) => {
  await openSpokenRoom(page);

  await page.getByRole("button", { name: "Answer out loud" }).click();
  const answer = page.getByRole("list", { name: "Transcript" }).getByRole("listitem").nth(1);
  // The first segment (cut at the first pause) has been stored and transcribed.
  await expectAnswerHeard(answer, [0], 60_000);
  await page.reload();

  await expect(page.getByRole("heading", { name: "Your last answer was interrupted" })).toBeVisible();
  // Nothing records it now, and the room says so rather than "Listening".
  await expect(page.getByRole("status").filter({ hasText: "Your last answer was interrupted. Send what was saved" })).toBeVisible();
  await expect(answer).toContainText("Interrupted: not recording");
  await expect(answer).not.toContainText("Listening…");
  await expectAnswerHeard(answer, [0]);
  await page.getByRole("button", { name: "Send what was saved" }).click();
  await expect(page.getByRole("heading", { name: "Your last answer was interrupted" })).toBeHidden();
  await expect(page.getByRole("list", { name: "Transcript" }).getByRole("listitem")).toHaveCount(3, { timeout: 60_000 });
  await expectAnswerHeard(answer, [0]);
});

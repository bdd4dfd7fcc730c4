// Hands-free turn-taking in a real Chromium with real Whisper: the microphone opens on the candidate's
// turn and a pause sends the answer, with no click at all. Runs in the hands-free project: the fake
// microphone plays e2e/.fixtures/two-answers.wav (1 s silence, an answer, BETWEEN_ANSWERS_SECONDS of
// silence, a second answer in other voices, 4 s silence) once, from when the page opens it.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, registerThroughUi, transcript } from "./helpers";
import { expectAnswerHeard } from "./speech-fixtures";

test("hands-free: two spoken answers in a row, each started by the turn and sent by a pause", async ({ page }) => {
  await registerThroughUi(page);
  const created = await page.request.post("/api/v1/interviews", { data: { title: "Frontend Developer", skills: ["React"], questionCount: 3 } });
  expect(created.status()).toBe(201);
  const { interviewId } = (await created.json()) as { interviewId: string };
  // A fresh page that nobody clicks in; undistorted capture of the fake microphone (see useVoiceAnswer).
  await page.goto(`/interviews/${interviewId}?rawAudio`);
  await expect(page.getByRole("switch", { name: "Hands-free" })).toBeChecked();

  // The opening question has streamed in: the microphone opens by itself.
  await expect(page.getByRole("status").filter({ hasText: "pause and your answer is sent" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Done" })).toBeVisible();

  // The answer goes by itself after the last words, and the interviewer replies.
  await expect(transcript(page)).toHaveCount(3, { timeout: 60_000 });
  await expectAnswerHeard(transcript(page).nth(1), [0, 1, 2], 60_000);

  // The reply hands the turn back: the microphone listens for the second answer, which is still seconds away.
  await expect(page.getByRole("status").filter({ hasText: "pause and your answer is sent" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "I'm still thinking" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // After its last words, a countdown shows, then it is sent the same way.
  await expect(page.getByText(/^Sending your answer in \d…/)).toBeVisible({ timeout: 90_000 });
  await expect(transcript(page)).toHaveCount(5, { timeout: 60_000 });
  await expectAnswerHeard(transcript(page).nth(3), [0, 1, 2], 60_000);
  await expect(transcript(page).nth(1)).toContainText("(spoken)");
  await expect(transcript(page).nth(3)).toContainText("(spoken)");
});

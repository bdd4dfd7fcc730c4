// A candidate who stops to think in mid-sentence, hands-free, in a real Chromium with real Whisper: the fake
// microphone plays e2e/.fixtures/thinking-pause.wav (silence while the opening is said, half a sentence ending on
// "and", THINKING_PAUSE_SECONDS of silence, the rest of the sentence). The pause is more than twice the patience,
// but the words before it leave the thought open, so the answer waits: one answer, with every word of both halves.
// Runs in the thinking-pause project.
import { expect, test } from "@playwright/test";
import { defaultEndOfTurnOptions } from "../app/audio/vad/end-of-turn.ts";
import { registerThroughUi, transcript } from "./helpers";
import { FIRST_ANSWER_AFTER_SECONDS, SPOKEN_INTERVIEW, THINKING_PAUSE_SECONDS } from "./speech-fixtures";

test(`a ${THINKING_PAUSE_SECONDS} s pause to think in mid-sentence keeps one answer with all its words`, async ({ page }) => {
  expect(THINKING_PAUSE_SECONDS * 1000).toBeGreaterThan(2 * defaultEndOfTurnOptions.patienceMs);
  test.setTimeout(300_000);
  await registerThroughUi(page);
  const created = await page.request.post("/api/v1/interviews", { data: SPOKEN_INTERVIEW });
  expect(created.status()).toBe(201);
  const { interviewId } = (await created.json()) as { interviewId: string };
  await page.goto(`/interviews/${interviewId}?rawAudio`);
  await expect(page.getByRole("switch", { name: "Hands-free" })).toBeChecked();

  // The answer is sent once, after the second half, and the interviewer replies to it.
  await expect(transcript(page)).toHaveCount(3, { timeout: FIRST_ANSWER_AFTER_SECONDS * 1000 + 120_000 });
  const answer = transcript(page).nth(1);
  // Both halves, as Whisper base hears the Flite voice: "catalog", "cache", "database", "and" / "page load", "half a second".
  await expect(answer).toContainText(/catalog/i);
  await expect(answer).toContainText(/database/i);
  await expect(answer).toContainText(/page load/i);
  await expect(answer).toContainText(/half a second/i);
  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { role: string; content: string }[] };
  expect(messages.filter((m) => m.role === "user")).toHaveLength(1);
});

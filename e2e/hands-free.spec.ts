// Hands-free turn-taking in a real Chromium with real Whisper: the microphone opens as the interviewer starts
// saying its line (so the candidate could speak over it, e2e/barge-in.spec.ts), the answer is the candidate's turn
// once the line is said, and a pause sends it, with no click at all. Runs in the hands-free project: the fake
// microphone plays e2e/.fixtures/two-answers.wav (FIRST_ANSWER_AFTER_SECONDS of silence, an answer,
// BETWEEN_ANSWERS_SECONDS of silence, a second answer in other voices, 4 s silence) once, from when the page opens it.
import { expect, test, type Page } from "@playwright/test";
import { decodeToPcm } from "../local-speech/decode.ts";
import { expectNoSeriousA11yViolations, registerThroughUi, transcript } from "./helpers";
import { defaultEndOfTurnOptions } from "../app/audio/vad/end-of-turn.ts";
import { envelope } from "./segment-coverage";
import { FIRST_ANSWER_AFTER_SECONDS, expectAnswerHeard } from "./speech-fixtures";

/** Seconds at the end of an answer's recorded segments, joined, after its last sound louder than -50 dBFS (the room is at -60). */
async function trailingSilence(page: Page, interviewId: string, answerId: string): Promise<number> {
  const loudness: number[] = [];
  for (let index = 0; ; index++) {
    const response = await page.request.get(`/api/v1/interviews/${interviewId}/answers/${answerId}/audio/${index}`);
    if (response.status() === 404) break;
    expect(response.ok()).toBe(true);
    // A segment cut in the pause after the last words leaves the rest of the pause to the next, silent one.
    loudness.push(...envelope((await decodeToPcm(new Uint8Array(await response.body()), response.headers()["content-type"]!)).pcm));
  }
  // envelope() has one value per 10 ms.
  return (loudness.length - 1 - loudness.findLastIndex((db) => db > -50)) / 100;
}

test("hands-free: two spoken answers in a row, each the candidate's turn once the interviewer has spoken, and sent by a pause", async ({ page }) => {
  // The interviewer says its opening (about half a minute) and its reply aloud before each answer, and the first
  // answer comes FIRST_ANSWER_AFTER_SECONDS after the microphone opened.
  test.setTimeout(420_000);
  await registerThroughUi(page);
  const created = await page.request.post("/api/v1/interviews", { data: { title: "Frontend Developer", skills: ["React"], questionCount: 3 } });
  expect(created.status()).toBe(201);
  const { interviewId } = (await created.json()) as { interviewId: string };
  // A fresh page that nobody clicks in; undistorted capture of the fake microphone (see useVoiceAnswer).
  await page.goto(`/interviews/${interviewId}?rawAudio`);
  await expect(page.getByRole("switch", { name: "Hands-free" })).toBeChecked();

  // The interviewer says the opening question aloud while the microphone already listens; then it is the candidate's turn.
  const interviewerSpeaking = page.getByRole("status").filter({ hasText: "Interviewer speaking" });
  const listening = page.getByRole("status").filter({ hasText: "pause and your answer is sent" });
  await expect(interviewerSpeaking).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("interviewer-caption")).not.toBeEmpty();
  await expect(listening).not.toBeVisible();
  await expect(listening).toBeVisible({ timeout: 90_000 });
  await expect(interviewerSpeaking).not.toBeVisible();
  await expect(page.getByRole("button", { name: "Done" })).toBeVisible();

  // The answer goes by itself after the last words, and the interviewer replies.
  await expect(transcript(page)).toHaveCount(3, { timeout: FIRST_ANSWER_AFTER_SECONDS * 1000 + 60_000 });
  await expectAnswerHeard(transcript(page).nth(1), [0, 1, 2], 60_000);

  // The reply is said aloud, then hands the turn back: the microphone listens for the second answer, which is still seconds away.
  await expect(interviewerSpeaking).toBeVisible({ timeout: 30_000 });
  await expect(listening).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "I'm still thinking" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // After its last words it is sent the same way: its last sentence reads as a finished thought, so as soon as its
  // transcript says so (a countdown may show in the status meanwhile, from 1.5 s into the pause).
  await expect(transcript(page)).toHaveCount(5, { timeout: 150_000 });
  await expectAnswerHeard(transcript(page).nth(3), [0, 1, 2], 60_000);
  await expect(transcript(page).nth(1)).toContainText("(spoken)");
  await expect(transcript(page).nth(3)).toContainText("(spoken)");

  // Each answer was ended by a pause after its last words, not sooner than the second a finished thought waits
  // (defaultEndOfTurnOptions.finishedSilenceMs): the pause counts from the voice detector's last speech, which can fall
  // a few hundred ms before a faint last sound. The recorder also keeps what was captured while the detector and the
  // transcript caught up, seconds on a busy machine, so there is no upper bound here.
  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { messageId: string; role: string }[] };
  const answers = messages.filter((message) => message.role === "user");
  expect(answers).toHaveLength(2);
  for (const answer of answers) {
    const silence = await trailingSilence(page, interviewId, answer.messageId);
    test.info().annotations.push({ type: "silence recorded after the last words", description: `${silence.toFixed(2)} s` });
    expect(silence).toBeGreaterThanOrEqual(defaultEndOfTurnOptions.finishedSilenceMs / 1000 - 0.5);
  }
});

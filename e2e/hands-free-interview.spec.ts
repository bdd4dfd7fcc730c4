// A whole interview hands-free in a real Chromium with real Whisper: from opening the room to the report with no
// click and no key pressed. A one-question interview (the shortest the form allows) is the opening, the answer, one
// follow-up if the offline interviewer finds the answer short, and the close. Runs in the hands-free project: the
// fake microphone plays e2e/.fixtures/two-answers.wav, whose first answer comes FIRST_ANSWER_AFTER_SECONDS after the
// microphone opens and whose second answers the follow-up (or comes after the interview is over); each is followed
// by silence.
import { expect, test } from "@playwright/test";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";
import { expectNoSeriousA11yViolations, openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { BETWEEN_ANSWERS_SECONDS, FIRST_ANSWER_AFTER_SECONDS, SPOKEN_INTERVIEW, expectAnswerHeard } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

const sentenceCount = (text: string) => {
  const splitter = new SentenceSplitter();
  return [...splitter.push(text), ...splitter.finish()].length;
};

test("a whole interview hands-free: every line is said aloud and heard out, the answer ends by itself, and the report follows", async ({ page }) => {
  test.setTimeout(420_000);
  await watchVoice(page);
  await registerThroughUi(page);
  const interviewId = await openRoomByApi(page, { ...SPOKEN_INTERVIEW, questionCount: 1 });

  // The opening is said while the microphone already listens.
  await expect(page.getByRole("status").filter({ hasText: "Interviewer speaking" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Speak whenever you like: the interviewer will stop for you.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The answer is sent by the pause after it, the interviewer closes, and the report is written.
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible({
    timeout: (FIRST_ANSWER_AFTER_SECONDS + BETWEEN_ANSWERS_SECONDS) * 1000 + 120_000,
  });
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible({ timeout: 60_000 });
  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { role: string; content: string }[] };
  const roles = messages.map((m) => m.role);
  test.info().annotations.push({ type: "turns", description: roles.join(", ") });
  expect([["assistant", "user", "assistant"], ["assistant", "user", "assistant", "user", "assistant"]]).toContainEqual(roles);
  for (let i = 1; i < roles.length; i += 2) await expectAnswerHeard(transcript(page).nth(i), [0, 1, 2], 30_000);

  // Every interviewer line was played to its last sentence, none of them cut off.
  const sentences = messages.filter((m) => m.role === "assistant").reduce((n, m) => n + sentenceCount(m.content), 0);
  await expect.poll(async () => (await voiceWatch(page)).ended, { timeout: 60_000, message: "interviewer sentences played to the end" }).toBe(sentences);
  const watched = await voiceWatch(page);
  test.info().annotations.push({ type: "interviewer sentences played", description: `${watched.plays} started, ${watched.ended} ended, of ${sentences}` });
  expect(watched.plays).toBe(sentences);
  expect(watched.interrupted).toBe(false);
  // Each finished line is read to screen readers once, politely: the last one is the close.
  await expect(page.locator("p[aria-live=polite]").filter({ hasText: "brings our interview to a close" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

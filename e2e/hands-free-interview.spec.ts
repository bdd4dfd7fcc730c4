// A whole interview hands-free in a real Chromium with real Whisper: from opening the room to the report with no
// click and no key pressed. SPOKEN_INTERVIEW's three questions: the opening with the first, each answer, a follow-up
// where the offline interviewer asks one, the next question, and the close. Runs in the whole-interview project: the
// fake microphone plays e2e/.fixtures/interview-answers.wav, whose first answer comes FIRST_ANSWER_AFTER_SECONDS after
// the microphone opens and each next one BETWEEN_ANSWERS_SECONDS after the last (enough for every follow-up); each
// is followed by silence.
import { expect, test } from "@playwright/test";
import { SentenceSplitter } from "../worker/protocol/sentences.ts";
import { expectNoSeriousA11yViolations, openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { BETWEEN_ANSWERS_SECONDS, FIRST_ANSWER_AFTER_SECONDS, INTERVIEW_ANSWER_COUNT, SPOKEN_INTERVIEW, expectAnswerHeard } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

const sentenceCount = (text: string) => {
  const splitter = new SentenceSplitter();
  return [...splitter.push(text), ...splitter.finish()].length;
};

test("a whole interview hands-free: every line is said aloud and heard out, the answer ends by itself, and the report follows", async ({ page }) => {
  test.setTimeout(720_000);
  await watchVoice(page);
  await registerThroughUi(page);
  const interviewId = await openRoomByApi(page, SPOKEN_INTERVIEW);

  // The opening is said while the microphone already listens.
  await expect(page.getByRole("status").filter({ hasText: "Interviewer speaking" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Speak whenever you like: the interviewer will stop for you.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Each answer is sent by the pause after it, the interviewer goes on, closes, and the report is written.
  await expect(page.getByRole("heading", { name: "Interview complete" })).toBeVisible({
    timeout: (FIRST_ANSWER_AFTER_SECONDS + INTERVIEW_ANSWER_COUNT * BETWEEN_ANSWERS_SECONDS) * 1000 + 60_000,
  });
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible({ timeout: 60_000 });
  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { role: string; content: string }[] };
  const roles = messages.map((m) => m.role);
  test.info().annotations.push({ type: "turns", description: roles.join(", ") });
  // The interviewer and the candidate take turns, three to six answers (a follow-up at most once a question), the close last.
  const answers = roles.filter((role) => role === "user").length;
  expect(answers).toBeGreaterThanOrEqual(SPOKEN_INTERVIEW.questionCount);
  expect(answers).toBeLessThanOrEqual(2 * SPOKEN_INTERVIEW.questionCount);
  expect(roles).toEqual(Array.from({ length: 2 * answers + 1 }, (_, i) => (i % 2 === 0 ? "assistant" : "user")));
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

// A candidate taken for finished who goes on, hands-free, in a real Chromium with real Whisper: the fake microphone
// plays e2e/.fixtures/resume.wav (silence while the opening is said, a complete sentence, RESUME_AFTER_SECONDS of
// silence, then more of the same answer; later a second answer the same way, RESUME_SOON_SECONDS between its parts).
// The first sentence's pause ends the answer; the microphone listens on, so the words after it, whether before the
// interviewer's next line or over its first seconds, go on with the same answer: the room says "Sorry — go on", the
// line is withdrawn, and the interviewer speaks only after the whole answer. Runs in the resume project.
import { expect, test } from "@playwright/test";
import { openRoomByApi, registerThroughUi, transcript } from "./helpers";
import { BETWEEN_ANSWERS_SECONDS, FIRST_ANSWER_AFTER_SECONDS, RESUME_AFTER_SECONDS, SPOKEN_INTERVIEW } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

interface Message {
  messageId: string;
  role: string;
  content: string;
}

test("speech resumed after the end of turn stops the interviewer, joins the same answer, and the next line is asked after it", async ({ page }) => {
  test.setTimeout((FIRST_ANSWER_AFTER_SECONDS + BETWEEN_ANSWERS_SECONDS) * 1000 + 300_000);
  await watchVoice(page);
  // What the room told the server and heard back about answers: shown if the answer is not joined.
  const frames: string[] = [];
  page.on("websocket", (socket) => {
    socket.on("framesent", ({ payload }) => {
      if (typeof payload === "string" && /answer_(start|end|resume|cancel)/.test(payload)) frames.push(`sent ${payload.slice(0, 200)}`);
    });
    socket.on("framereceived", ({ payload }) => {
      if (typeof payload === "string" && /message_removed|"transcript"/.test(payload)) frames.push(`received ${payload.slice(0, 300)}`);
    });
  });
  await registerThroughUi(page);
  const interviewId = await openRoomByApi(page, SPOKEN_INTERVIEW);
  await expect(page.getByRole("switch", { name: "Hands-free" })).toBeChecked();
  const messages = async () => ((await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: Message[] }).messages;
  const story = async () => [...(await voiceWatch(page)).log, ...frames, JSON.stringify(await messages())].join("\n");

  // The first sentence ends the answer; the rest, RESUME_AFTER_SECONDS later, takes it up again.
  await expect
    .poll(() => frames.some((frame) => frame.includes('"answer_resume"')), { timeout: FIRST_ANSWER_AFTER_SECONDS * 1000 + 90_000 })
    .toBe(true)
    .catch(async (error: unknown) => {
      throw new Error(`no answer_resume sent ${RESUME_AFTER_SECONDS} s after the first sentence: ${String(error)}\n${await story()}`);
    });
  await expect(page.getByRole("status").filter({ hasText: "Sorry — go on" })).toBeVisible({ timeout: 15_000 });

  // One answer with both parts, then the interviewer's next line, asked after it.
  await expect
    .poll(async () => (await messages()).map((m) => (m.role === "user" && /half a second/i.test(m.content) ? "answer with both parts" : m.role)), { timeout: 150_000 })
    .toEqual(["assistant", "answer with both parts", "assistant"])
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await story()}`);
    });
  const [, answer] = await messages();
  // Both parts, as Whisper base hears the Flite voice ("cache" comes out as "cash"): the first part, then the second.
  for (const heard of [/catalog/i, /database/i, /page load/i, /two seconds/i, /half a second/i]) expect(answer!.content, await story()).toMatch(heard);
  await expect(transcript(page)).toHaveCount(3);
  await expect(transcript(page).nth(1)).toContainText(/half a second/i);
  // The answer was ended once by its pause and taken up again; no second answer was left behind.
  expect(frames.filter((frame) => frame.startsWith("sent") && frame.includes('"answer_end"')).length).toBeGreaterThanOrEqual(2);

  // The second answer goes on sooner after its first sentence, before the next line is said or as it starts (or
  // before its pause has ended it at all): whichever it was, one answer holds both parts, and the line follows it.
  const second = (m: Message) => m.role === "user" && /control/i.test(m.content) && /libraries/i.test(m.content);
  await expect
    .poll(async () => (await messages()).map((m) => (second(m) ? "second answer with both parts" : m.role)), {
      timeout: BETWEEN_ANSWERS_SECONDS * 1000 + 150_000,
    })
    .toEqual(["assistant", "user", "assistant", "second answer with both parts", "assistant"])
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await story()}`);
    });
  const sent = (type: string) => frames.filter((frame) => frame.startsWith("sent") && frame.includes(`"${type}"`)).length;
  test.info().annotations.push({ type: "answers resumed / answers begun over a line and withdrawn", description: `${sent("answer_resume")} / ${sent("answer_cancel")}` });
  const answers = (await messages()).filter((m) => m.role === "user");
  // Whisper base hears "controlled inputs" as "control inputs".
  for (const heard of [/control/i, /custom hook/i, /validation/i, /libraries/i]) expect(answers[1]!.content, await story()).toMatch(heard);
});

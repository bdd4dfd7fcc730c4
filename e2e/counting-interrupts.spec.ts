// Barge-in by speech with no pause in it, in a real Chromium with real Whisper, with the browser's own echo
// cancellation, noise suppression and gain on, as candidates have them: hands-free, the microphone listens while
// the interviewer says its opening, and the fake microphone counts to sixty in one breath from 1 s in
// (e2e/.fixtures/counting.wav). Runs in the counting project.
import { expect, test } from "@playwright/test";
import { decodeToPcm } from "../local-speech/decode.ts";
import { openRoomByApi, registerThroughUi } from "./helpers";
import { SPOKEN_INTERVIEW, countingSpan } from "./speech-fixtures";
import { voiceWatch, watchVoice } from "./voice-watch";

/** Speech in an over-the-line answer's first segment at most, s: app/live/barge-in.ts's OVER_LINE_SEGMENTS.quickFirstMaxMs. */
const FIRST_SEGMENT_SPEECH_MAX_S = 3;

test("speaking on without a pause over the interviewer stops it: the first words are checked without waiting for a pause", async ({ page }) => {
  test.setTimeout(180_000);
  await watchVoice(page);
  await registerThroughUi(page);
  // The browser processes the microphone as it would anyone's.
  const interviewId = await openRoomByApi(page, SPOKEN_INTERVIEW, { rawAudio: false });

  await expect(page.getByRole("status").filter({ hasText: "The interviewer stopped so you can speak." })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("interviewer-caption")).toContainText("(interrupted)");
  const watched = await voiceWatch(page);
  const { speechEnd } = countingSpan();
  const stoppedAfter = (watched.interruptedAt! - watched.firstPlayAt!) / 1000;
  test.info().annotations.push({ type: "interviewer stopped, s after its first sentence began", description: stoppedAfter.toFixed(1) });
  expect(watched.paused).toBe(true);
  // The microphone opened as the opening began: the interviewer stopped while the counting still went on.
  expect(stoppedAfter).toBeLessThan(speechEnd);

  // The words checked were the answer's first segment, cut by quickFirstMaxMs of speech although no one paused
  // (by the usual rules it would have run to a short gap past softMaxMs, 10 s, or to SEGMENT_MS_MAX).
  const { messages } = (await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json()) as { messages: { messageId: string; role: string }[] };
  const answerId = messages.find((m) => m.role === "user")!.messageId;
  const first = await page.request.get(`/api/v1/interviews/${interviewId}/answers/${answerId}/audio/0`);
  expect(first.ok()).toBe(true);
  const seconds = (await decodeToPcm(new Uint8Array(await first.body()), first.headers()["content-type"]!)).durationSeconds;
  test.info().annotations.push({ type: "first segment, s", description: seconds.toFixed(2) });
  // The speech in it, and the second of room before the counting (the recorder keeps up to 2 s of silence before speech).
  expect(seconds).toBeLessThan(FIRST_SEGMENT_SPEECH_MAX_S + 2);
});

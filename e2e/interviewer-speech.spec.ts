// The interviewer speaks: the opening question arrives as audio from the local speech server (Flite), plays
// sentence by sentence with the sentence as a caption, can be muted and said again, and the room stays accessible.
import { expect, test, type Page } from "@playwright/test";
import { createInterview, expectNoSeriousA11yViolations, registerThroughUi, transcript } from "./helpers";

interface Played {
  event: "playing" | "ended";
  src: string;
  duration: number;
  muted: boolean;
  caption: string;
}

/** Every media element's playing and ended events, with what the caption said at that moment. */
async function recordPlayback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: unknown[] = [];
    (window as unknown as { played: unknown[] }).played = played;
    for (const event of ["playing", "ended"]) {
      // Media events do not bubble; a capturing listener on the document still sees them.
      document.addEventListener(
        event,
        (e) => {
          const media = e.target as HTMLMediaElement;
          const caption = document.querySelector("[data-testid=interviewer-caption]")?.textContent ?? "";
          played.push({ event, src: media.currentSrc, duration: media.duration, muted: media.muted, caption });
        },
        true,
      );
    }
  });
}

const playback = (page: Page) => page.evaluate(() => (window as unknown as { played: Played[] }).played);

test("the interviewer's opening is spoken sentence by sentence with captions, and can be muted and said again", async ({ page }) => {
  // The opening is seven sentences, about 25 s of speech, and part of it is heard twice.
  test.setTimeout(150_000);
  await recordPlayback(page);
  await registerThroughUi(page);
  await createInterview(page, 1);
  await expect(page.getByText("Voice: Flite on this computer")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Interviewer speaking" })).toBeVisible();
  await expect(transcript(page).first()).toContainText("thanks for joining");
  const opening = (await transcript(page).first().locator("p").nth(1).textContent()) ?? "";

  // The first two sentences play through, each a real stretch of speech, the caption showing the one being said.
  await expect.poll(async () => (await playback(page)).filter((p) => p.event === "ended").length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const played = await playback(page);
  const [first, second] = played.filter((p) => p.event === "ended");
  expect(first!.src).toMatch(/\/api\/v1\/interviews\/[\w-]+\/messages\/[\w-]+\/speech\/0$/);
  expect(second!.src).toMatch(/\/speech\/1$/);
  for (const sentence of [first!, second!]) {
    expect(sentence.duration).toBeGreaterThan(0.8);
    expect(sentence.muted).toBe(false);
  }
  const starts = played.filter((p) => p.event === "playing");
  expect(starts[0]!.caption).toBe("Hello, and thanks for joining.");
  expect(opening).toContain(starts[1]!.caption);
  expect(starts[1]!.caption).toMatch(/interviewer today for the Backend Developer role\.$/);
  await expectNoSeriousA11yViolations(page);

  // Muted: the sentences go on (captions in step) without sound.
  const mute = page.getByRole("button", { name: "Mute interviewer" });
  await mute.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Unmute interviewer" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "Interviewer speaking (muted)" })).toBeVisible();
  const before = (await playback(page)).length;
  await expect.poll(async () => (await playback(page)).slice(before).filter((p) => p.event === "playing").length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect((await playback(page)).slice(before).every((p) => p.muted)).toBe(true);

  // Unmuted and said again from the first sentence.
  await page.getByRole("button", { name: "Unmute interviewer" }).click();
  const again = (await playback(page)).length;
  await page.getByRole("button", { name: "Say that again" }).click();
  // (The sentence playing when the button is pressed may still report that it started.)
  await expect
    .poll(async () => (await playback(page)).slice(again).find((p) => p.event === "playing" && /\/speech\/0$/.test(p.src)), { timeout: 15_000 })
    .toMatchObject({ muted: false, caption: "Hello, and thanks for joining." });
  await expectNoSeriousA11yViolations(page);
});

test("a reload does not say the opening again by itself, and the voice can be changed", async ({ page }) => {
  await recordPlayback(page);
  await registerThroughUi(page);
  await createInterview(page, 1);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByLabel("Voice", { exact: true }).selectOption("rms");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await expect(page.getByLabel("Voice", { exact: true })).toHaveValue("rms");
  await page.waitForTimeout(1_000);
  expect(await playback(page)).toEqual([]);
  await page.getByRole("button", { name: "Say that again" }).click();
  await expect.poll(async () => (await playback(page)).length).toBeGreaterThan(0);
});

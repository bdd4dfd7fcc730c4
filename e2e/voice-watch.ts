// What the interviewer's voice did in a page, for the spoken specs: counts the room's audio plays and sentences
// played to the end, and notes whether a caption was ever marked "(interrupted)". Installed before the page loads.
import type { Page } from "@playwright/test";

export interface VoiceWatch {
  /** Sentences the interviewer's audio element started playing. */
  plays: number;
  /** Sentences played to their end. */
  ended: number;
  /** A caption was marked "(interrupted)" at some point. */
  interrupted: boolean;
  /** The audio element is paused now. */
  paused: boolean;
  /** performance.now() in the page when the first sentence started playing, and when a caption was first marked "(interrupted)"; null until then. */
  firstPlayAt: number | null;
  interruptedAt: number | null;
}

declare global {
  interface Window {
    voiceWatch?: { plays: number; ended: number; interrupted: boolean; firstPlayAt: number | null; interruptedAt: number | null };
  }
}

/** Starts watching in every page `page` loads from now on. */
export async function watchVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watch = { plays: 0, ended: 0, interrupted: false, firstPlayAt: null as number | null, interruptedAt: null as number | null };
    window.voiceWatch = watch;
    // Media events do not bubble, but they do pass the document while capturing.
    // "play", once per start: "playing" also fires again whenever playback resumes after a stall on a busy machine.
    document.addEventListener(
      "play",
      () => {
        watch.plays++;
        watch.firstPlayAt ??= performance.now();
      },
      true,
    );
    document.addEventListener("ended", () => watch.ended++, true);
    new MutationObserver(() => {
      if (!document.querySelector("[data-testid=interviewer-caption]")?.textContent?.includes("(interrupted)")) return;
      watch.interrupted = true;
      watch.interruptedAt ??= performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function voiceWatch(page: Page): Promise<VoiceWatch> {
  return page.evaluate(() => ({ ...window.voiceWatch!, paused: document.querySelector("audio")?.paused ?? true }));
}

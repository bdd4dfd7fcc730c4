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
  /** What happened, in order, with performance.now() in ms: each play and end, the room's status texts, the cut. */
  log: string[];
}

declare global {
  interface Window {
    voiceWatch?: { plays: number; ended: number; interrupted: boolean; firstPlayAt: number | null; interruptedAt: number | null; log: string[] };
  }
}

/** Starts watching in every page `page` loads from now on. */
export async function watchVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watch = { plays: 0, ended: 0, interrupted: false, firstPlayAt: null as number | null, interruptedAt: null as number | null, log: [] as string[] };
    window.voiceWatch = watch;
    const note = (what: string) => watch.log.push(`${Math.round(performance.now())} ${what}`);
    let statuses = "";
    // Media events do not bubble, but they do pass the document while capturing.
    // "play", once per start: "playing" also fires again whenever playback resumes after a stall on a busy machine.
    document.addEventListener(
      "play",
      (event) => {
        watch.plays++;
        watch.firstPlayAt ??= performance.now();
        note(`play ${(event.target as HTMLMediaElement).src.split("/").pop()}`);
      },
      true,
    );
    document.addEventListener(
      "ended",
      () => {
        watch.ended++;
        note("ended");
      },
      true,
    );
    document.addEventListener("pause", () => note("pause"), true);
    new MutationObserver(() => {
      const now = [...document.querySelectorAll("[role=status]")].map((s) => s.textContent?.trim()).filter(Boolean).join(" | ");
      if (now !== statuses) note(`status ${(statuses = now)}`);
      if (!document.querySelector("[data-testid=interviewer-caption]")?.textContent?.includes("(interrupted)")) return;
      if (!watch.interrupted) note("caption interrupted");
      watch.interrupted = true;
      watch.interruptedAt ??= performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function voiceWatch(page: Page): Promise<VoiceWatch> {
  return page.evaluate(() => ({ ...window.voiceWatch!, paused: document.querySelector("audio")?.paused ?? true }));
}

// Barge-in for hands-free answers: decides whether speech heard while the interviewer is still talking is the
// candidate (the interviewer stops and the answer goes on) or the interviewer's own voice coming back through
// the microphone (the answer is dropped). Pure; the room's use-barge-in hook feeds it. Times are in ms on any
// one clock (the hook uses performance.now()).
import type { SegmenterOptions } from "../audio/vad/segmenter.ts";
import { comparableWords, echoShare, ECHO_SHARE_MIN } from "./echo-guard.ts";

/**
 * How an answer that may start over the interviewer is cut: its first 1.5 s of speech goes out at the next short
 * gap, so its transcript (four or five words) comes back in a second or two instead of after a long sentence; by
 * 3 s of speech it goes out even with no gap heard, so speaking on without a pause still stops the interviewer.
 */
export const OVER_LINE_SEGMENTS: Partial<SegmenterOptions> = { quickFirstMs: 1_500, quickFirstMaxMs: 3_000 };

/** Speech that starts this soon after the line ended may still be its echo (the audio's last buffers, a room's reverb). */
export const ECHO_TAIL_MS = 1_000;

/**
 * While the line goes on, an echo is only called on this many words: "okay" or "thanks" alone may be the
 * candidate's own, and more of the line would follow an echo. Nor are fewer words not the line's the candidate
 * taking the floor: a word or two over the interviewer is a backchannel ("right", "okay"), or the line's own echo cut
 * to a fragment speech-to-text misheard ("In." for the end of "…let's begin."); the check waits for more.
 */
export const ECHO_WORDS_MIN = 3;

/**
 * How long after the line ended a check may still wait for its transcript, ms: speech-to-text may find no words in
 * what was heard (a cough long enough to pass for speech), and the candidate must not be left unable to finish.
 */
export const CHECK_WAIT_MS = 15_000;

/**
 * Speech that begins this soon after the interviewer started saying its next line, ms, goes on with the answer before
 * it, when that answer was ended by its pause: the candidate was not done, and the line is withdrawn ("Sorry — go
 * on"). Later than this the candidate has heard most of a question and is answering it. About 5 s: a line's first
 * sentence or two, the time a speaker takes to notice they were taken for finished.
 */
export const REJOIN_WINDOW_MS = 5_000;

/**
 * Whether speech heard at `speechAtMs` over the next line goes on with the answer before it (see REJOIN_WINDOW_MS).
 * `lineStartedAtMs`: when the line began to be said; null if it has not (the speech came first).
 */
export function continuesEarlierAnswer(speechAtMs: number, lineStartedAtMs: number | null): boolean {
  return lineStartedAtMs === null || speechAtMs - lineStartedAtMs <= REJOIN_WINDOW_MS;
}

/**
 * listening: nothing heard yet · checking: speech heard over the line, its first words are being transcribed ·
 * answer: the candidate's own words (the interviewer stops if still talking; the answer goes on) · echo: the
 * interviewer's own voice (the answer is dropped) · clear: the line ended with nothing heard over it (an ordinary answer).
 */
export type BargeInPhase = "listening" | "checking" | "answer" | "echo" | "clear";

/** One answer started while the interviewer's `line` (its text) may still be playing. */
export class BargeIn {
  #phase: BargeInPhase = "listening";
  #lineEndedAt: number | null = null;
  /** The latest transcript while checking. */
  #heard: string | null = null;
  readonly #line: string;

  constructor(line: string) {
    this.#line = line;
  }

  get phase(): BargeInPhase {
    return this.#phase;
  }

  /** Whether the interviewer is still saying the line, as far as this answer knows. */
  get lineGoingOn(): boolean {
    return this.#lineEndedAt === null;
  }

  /** The interviewer finished (or stopped) saying the line at `atMs`. */
  lineEnded(atMs: number): void {
    this.#lineEndedAt ??= atMs;
    // A few words of the line heard at its very end ("Let's begin.") can no longer be followed by more of it.
    if (this.#heard !== null) this.transcript(this.#heard);
  }

  /** The voice detector confirmed speech (a run long enough to be words, not a click) at `atMs`. */
  speechHeard(atMs: number): BargeInPhase {
    if (this.#phase !== "listening") return this.#phase;
    const overLine = this.#lineEndedAt === null || atMs - this.#lineEndedAt <= ECHO_TAIL_MS;
    this.#phase = overLine ? "checking" : "clear";
    return this.#phase;
  }

  /**
   * Nothing more came within CHECK_WAIT_MS of the line's end. A transcript with no words yet: the answer is the
   * candidate's (speech-to-text may be slow or find none). A word or two not the line's, and nothing after them: no
   * answer (see ECHO_WORDS_MIN), dropped as an echo is, and a fresh answer listens.
   */
  giveUp(): BargeInPhase {
    if (this.#phase !== "checking") return this.#phase;
    this.#phase = this.#heard !== null && comparableWords(this.#heard).length > 0 ? "echo" : "answer";
    return this.#phase;
  }

  /** The answer's transcript so far (what speech-to-text made of the speech heard). */
  transcript(text: string): BargeInPhase {
    if (this.#phase !== "checking") return this.#phase;
    this.#heard = text;
    const words = comparableWords(text).length;
    if (echoShare(text, this.#line) < ECHO_SHARE_MIN) this.#phase = words >= ECHO_WORDS_MIN ? "answer" : "checking";
    else if (words >= ECHO_WORDS_MIN || !this.lineGoingOn) this.#phase = "echo";
    return this.#phase;
  }
}

/** What the room shows and does: the answer being checked, where its check stands, and whether the line goes on. */
export interface BargeInSnapshot {
  answerId: string | null;
  phase: BargeInPhase | null;
  lineGoingOn: boolean;
}

const NONE: BargeInSnapshot = { answerId: null, phase: null, lineGoingOn: false };

/**
 * The check of the room's current answer, as a store React reads with useSyncExternalStore: events go in as they
 * happen, and every change makes a new snapshot.
 */
export class BargeInTracker {
  #check: { answerId: string; lineId: string; check: BargeIn } | null = null;
  #snapshot: BargeInSnapshot = NONE;
  readonly #listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly snapshot = (): BargeInSnapshot => this.#snapshot;

  /** An answer is recording; one that started before `line` was heard out is checked, any other is not. */
  answerStarted(answerId: string, line: { messageId: string; content: string } | null, lineHeardOut: boolean): void {
    if (this.#check?.answerId === answerId) return;
    this.#check = line && !lineHeardOut ? { answerId, lineId: line.messageId, check: new BargeIn(line.content) } : null;
    this.#publish();
  }

  /** The room's voice said line `lineId` to the end, or stopped saying it, at `atMs`. */
  lineHeardOut(lineId: string, atMs: number): void {
    if (this.#check?.lineId !== lineId) return;
    this.#check.check.lineEnded(atMs);
    this.#publish();
  }

  speechHeard(atMs: number): void {
    this.#check?.check.speechHeard(atMs);
    this.#publish();
  }

  transcript(text: string): void {
    this.#check?.check.transcript(text);
    this.#publish();
  }

  giveUp(): void {
    this.#check?.check.giveUp();
    this.#publish();
  }

  /** The answer is over, or was dropped as an echo. */
  clear(): void {
    this.#check = null;
    this.#publish();
  }

  #publish(): void {
    const check = this.#check;
    const next: BargeInSnapshot = check ? { answerId: check.answerId, phase: check.check.phase, lineGoingOn: check.check.lineGoingOn } : NONE;
    const now = this.#snapshot;
    if (next.answerId === now.answerId && next.phase === now.phase && next.lineGoingOn === now.lineGoingOn) return;
    this.#snapshot = next;
    for (const listener of this.#listeners) listener();
  }
}

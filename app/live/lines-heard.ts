// Which interviewer lines have been heard out: the room's voice marks each line once it has been said to the
// end (or cannot be: muted, unavailable, held back by the browser), and hands-free turns wait on it, so the
// microphone opens only once the interviewer has stopped talking and never records the interviewer's voice.

/** Lines (by message id) heard to the end, and the turns waiting for one. */
export class LinesHeard {
  private readonly heard = new Set<string>();
  private readonly waiting = new Map<string, (() => void)[]>();

  /** Marks `messageId` as heard out; waiters on it go on. Marking twice is harmless. */
  heardOut(messageId: string): void {
    if (this.heard.has(messageId)) return;
    this.heard.add(messageId);
    for (const resume of this.waiting.get(messageId) ?? []) resume();
    this.waiting.delete(messageId);
  }

  /** Resolves once `messageId` is heard out (at once if it already is). */
  wait(messageId: string): Promise<void> {
    if (this.heard.has(messageId)) return Promise.resolve();
    return new Promise((resume) => this.waiting.set(messageId, [...(this.waiting.get(messageId) ?? []), resume]));
  }
}

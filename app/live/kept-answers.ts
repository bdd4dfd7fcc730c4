// Spoken answers the server has not acknowledged yet, kept in the browser (IndexedDB) so that a reload or a crash
// in the middle of an answer loses nothing: LiveConnection sends them again after the next page load's hello.
// Kept per answer: how it was started, the encoded segment frames not yet acknowledged, and the tail (the audio
// since the last cut, written about once a second while recording). Everything read back is parsed again.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { RECORDING_MIME_TYPES, SEGMENTS_PER_ANSWER_MAX } from "../../worker/protocol/audio";
import { speechTimingSchema } from "../../worker/protocol/feedback";
import { decodeSegmentFrame } from "../../worker/protocol/socket";
import { z } from "../../worker/protocol/zod-mini";

const DB_NAME = "kept-answers";
/** Kept audio older than this belongs to an interview long gone: dropped on the next load. */
const KEPT_DAYS_MAX = 7;

const keptAnswerSchema = z.object({
  answerId: z.string().check(z.minLength(1), z.maxLength(100)),
  interviewId: z.string().check(z.minLength(1), z.maxLength(100)),
  mimeType: z.enum(RECORDING_MIME_TYPES),
  attemptOf: z.optional(z.string().check(z.maxLength(100))),
  /** Segments sent so far (their indexes are 0 … sent − 1); the tail, if any, is segment `sent`. */
  sent: z.number().check(z.int(), z.gte(0), z.lte(SEGMENTS_PER_ANSWER_MAX)),
  /** Set once the recorder ended the answer. */
  segmentCount: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(SEGMENTS_PER_ANSWER_MAX))),
  speech: z.nullable(speechTimingSchema),
  keptAt: z.number(),
});
export type KeptAnswer = z.infer<typeof keptAnswerSchema>;

/** The tail's key in `frames`: it is replaced each time, and its header says which segment it would be. */
const TAIL = -1;

const keptFrameSchema = z.object({
  answerId: z.string(),
  index: z.number().check(z.int(), z.gte(TAIL), z.lt(SEGMENTS_PER_ANSWER_MAX)),
  frame: z.instanceof(Uint8Array),
});

interface Schema extends DBSchema {
  answers: { key: string; value: KeptAnswer; indexes: { interviewId: string } };
  /** Encoded segment frames (protocol/socket.ts encodeSegmentFrame), by [answerId, index]; the tail has index −1. */
  frames: { key: [string, number]; value: { answerId: string; index: number; frame: Uint8Array }; indexes: { answerId: string } };
}

/** What a reloaded page sends for one answer: its frames in index order, the tail last when it is still current. */
export interface RestoredAnswer {
  answer: KeptAnswer;
  frames: Map<number, Uint8Array<ArrayBuffer>>;
}

/**
 * The store for one browser. Every method swallows IndexedDB's failures (private windows, a full disk, a browser
 * without it) after a console warning: keeping audio is a safety net, and the socket's own resend still works.
 */
export class KeptAnswers {
  readonly #db: Promise<IDBPDatabase<Schema> | null>;
  /** Writes in the order they were asked for, so a frame is never dropped before it was put. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(name = DB_NAME) {
    this.#db = openDB<Schema>(name, 1, {
      upgrade(db) {
        db.createObjectStore("answers", { keyPath: "answerId" }).createIndex("interviewId", "interviewId");
        db.createObjectStore("frames", { keyPath: ["answerId", "index"] }).createIndex("answerId", "answerId");
      },
    }).catch((error: unknown) => {
      console.warn("Answers cannot be kept in this browser across a reload", error);
      return null;
    });
  }

  #write(what: string, work: (db: IDBPDatabase<Schema>) => Promise<unknown>): Promise<void> {
    const next = this.#queue.then(async () => {
      const db = await this.#db;
      if (db) await work(db);
    });
    this.#queue = next.catch((error: unknown) => console.warn(`Could not keep ${what} in this browser`, error));
    return this.#queue.then(() => undefined);
  }

  /** An answer began (or changed: segments sent, ended). */
  answer(answer: KeptAnswer): Promise<void> {
    return this.#write("an answer", (db) => db.put("answers", answer));
  }

  /** A segment frame was sent and is not acknowledged yet. */
  frame(answerId: string, index: number, frame: Uint8Array): Promise<void> {
    return this.#write("a segment", (db) => db.put("frames", { answerId, index, frame }));
  }

  /** The server acknowledged segment `index`: it is safe there. */
  acknowledged(answerId: string, index: number): Promise<void> {
    return this.#write("an acknowledgement", (db) => db.delete("frames", [answerId, index]));
  }

  /** The audio recorded since the last cut, as the frame it would be sent as (its header's index is the answer's `sent`). */
  tail(answerId: string, frame: Uint8Array): Promise<void> {
    return this.#write("the answer's latest audio", (db) => db.put("frames", { answerId, index: TAIL, frame }));
  }

  /** The answer is the server's now (transcribing or beyond), or was discarded: nothing of it is kept. */
  forget(answerId: string): Promise<void> {
    return this.#write("a finished answer", async (db) => {
      const tx = db.transaction(["answers", "frames"], "readwrite");
      await tx.objectStore("answers").delete(answerId);
      const frames = tx.objectStore("frames");
      for (const key of await frames.index("answerId").getAllKeys(answerId)) await frames.delete(key);
      await tx.done;
    });
  }

  /**
   * The answers of interview `interviewId` kept by an earlier page, with their frames, each parsed again (anything
   * that does not parse is dropped). A tail is included as segment `sent` when no frame was sent after it was kept.
   */
  async restore(interviewId: string, now = Date.now()): Promise<RestoredAnswer[]> {
    const db = await this.#db;
    if (!db) return [];
    try {
      const restored: RestoredAnswer[] = [];
      for (const value of await db.getAllFromIndex("answers", "interviewId", interviewId)) {
        const answer = keptAnswerSchema.safeParse(value);
        if (!answer.success || now - answer.data.keptAt > KEPT_DAYS_MAX * 86_400_000) {
          await this.forget(value.answerId);
          continue;
        }
        const frames = new Map<number, Uint8Array<ArrayBuffer>>();
        for (const stored of await db.getAllFromIndex("frames", "answerId", answer.data.answerId)) {
          const parsed = keptFrameSchema.safeParse(stored);
          if (!parsed.success) continue;
          const frame = new Uint8Array(parsed.data.frame);
          const decoded = decodeSegmentFrame(frame.buffer);
          if (!decoded.ok || decoded.header.answerId !== answer.data.answerId) continue;
          const index = decoded.header.index;
          if (parsed.data.index === TAIL ? index === answer.data.sent && answer.data.segmentCount === null : index === parsed.data.index) {
            frames.set(index, frame);
          }
        }
        restored.push({ answer: answer.data, frames: new Map([...frames].sort(([a], [b]) => a - b)) });
      }
      return restored;
    } catch (error) {
      console.warn("Could not read the answers kept in this browser", error);
      return [];
    }
  }
}

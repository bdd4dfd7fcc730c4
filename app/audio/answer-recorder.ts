// Records one spoken answer as a series of self-contained audio files cut at natural pauses; used by the interview page.
import { ANSWER_MS_MAX, RECORDING_BITS_PER_SECOND, type RecordingMimeType } from "../../worker/protocol/audio";
import { LongPauses } from "./long-pauses";
import { CUT_MARGIN_MS, PauseDetector, type PauseDetectorOptions } from "./pause-detector";
import { pickRecordingFormat } from "./recording-format";
import { createMediaRecorder, type CreateSegmentRecorder, type SegmentRecorder } from "./segment-recorder";
import { createBrowserAudioContext, openStreamLevel, type CreateAudioContext, type StreamLevel } from "./stream-level";

export interface AnswerSegment {
  /** 0, 1, 2… in the order spoken; segments are always emitted in this order. */
  index: number;
  /** A complete file of its own (container header included), playable and decodable without the others. */
  blob: Blob;
  mimeType: RecordingMimeType;
  durationMs: number;
  /**
   * True for the last segment of the answer, emitted after stop(). It is the output of the recorder running when
   * stop() came, so it can be very short, even empty, when the candidate stopped just after a cut: earlier segments
   * were already handed on (so their transcription could start), and cannot be re-marked as final.
   */
  final: boolean;
}

/**
 * Why an answer ended early. recording: the browser's recorder failed; segments already emitted are kept, the
 * rest is lost. interrupted: the microphone went away (unplugged, revoked); the final segment was emitted first.
 */
export type AnswerRecorderErrorKind = "recording" | "interrupted";

const errorMessages: Record<AnswerRecorderErrorKind, string> = {
  recording:
    "Recording stopped because of a problem in the browser. What you said before this moment was kept; you can record the rest again or type it.",
  interrupted: "The microphone stopped (was it unplugged?). Your answer up to this moment was kept.",
};

export class AnswerRecorderError extends Error {
  readonly kind: AnswerRecorderErrorKind;

  constructor(kind: AnswerRecorderErrorKind, cause?: unknown) {
    super(errorMessages[kind], { cause });
    this.name = "AnswerRecorderError";
    this.kind = kind;
  }
}

export type AnswerRecorderState = "idle" | "recording" | "stopping" | "stopped";

export interface AnswerRecorderOptions {
  onSegment?: (segment: AnswerSegment) => void;
  /** RMS level 0..1, every LEVEL_INTERVAL_MS while recording and levels can be measured, for the level meter. */
  onLevel?: (level: number) => void;
  /** The answer ended early; no further callbacks follow. */
  onError?: (error: AnswerRecorderError) => void;
  /**
   * Levels cannot be measured (no Web Audio, or a context that did not start within METERING_START_MS). Recording
   * carries on, cut only at the maximum segment length, and onLevel is no longer called: hide the meter, as a level
   * of zero would wrongly suggest a silent microphone. Logged as a warning when not handled.
   */
  onMeteringFailed?: (error: unknown) => void;
  /** The answer reached ANSWER_MS_MAX and is being stopped; the final segment follows through onSegment. */
  onLimitReached?: () => void;
  /** Defaults to pickRecordingFormat(). */
  mimeType?: RecordingMimeType;
  pauseDetector?: PauseDetectorOptions;
  // Browser services, replaceable so the recorder can be driven without a browser.
  createRecorder?: CreateSegmentRecorder;
  createAudioContext?: CreateAudioContext;
  now?: () => number;
  setInterval?: (callback: () => void, ms: number) => number;
  clearInterval?: (handle: number) => void;
}

/** A timer, not requestAnimationFrame: animation frames stop in a background tab, and the recording must not. */
export const LEVEL_INTERVAL_MS = 50;

/** An AudioContext still suspended this long after start() is not going to start (no user gesture reached it). */
export const METERING_START_MS = 1_000;

interface Segment {
  index: number;
  startMs: number;
  /** Set when we stopped its recorder; still undefined if the browser stopped it on its own. */
  endMs: number | undefined;
  chunks: Blob[];
  recorder: SegmentRecorder | undefined;
  complete: boolean;
  final: boolean;
}

/**
 * Records one answer from a microphone stream it does not own: stop() and cancel() leave the stream running for
 * the next answer (end it with releaseMicrophone). Each segment comes from its own MediaRecorder, because only a
 * whole recording is a file a server can decode on its own.
 */
export class AnswerRecorder {
  readonly #stream: MediaStream;
  readonly #options: AnswerRecorderOptions;
  readonly #mimeType: RecordingMimeType;
  readonly #now: () => number;
  #state: AnswerRecorderState = "idle";
  /** Segments not yet emitted, in index order; while recording, the last one is the one being recorded. */
  #segments: Segment[] = [];
  #nextIndex = 0;
  #startedMs = 0;
  #lastTickMs = 0;
  #detector: PauseDetector | undefined;
  readonly #longPauses = new LongPauses();
  #metered = true;
  #level: StreamLevel | undefined;
  #timer: number | undefined;
  #unwatchTracks: (() => void) | undefined;
  #waiters: (() => void)[] = [];

  constructor(stream: MediaStream, options: AnswerRecorderOptions = {}) {
    const mimeType = options.mimeType ?? pickRecordingFormat();
    if (!mimeType) throw new Error("This browser cannot record audio in a format the server accepts");
    this.#stream = stream;
    this.#options = options;
    this.#mimeType = mimeType;
    this.#now = options.now ?? (() => performance.now());
  }

  get state(): AnswerRecorderState {
    return this.#state;
  }

  get mimeType(): RecordingMimeType {
    return this.#mimeType;
  }

  /** Long silences between words so far (ms), or null when levels could not be measured. */
  get longPausesMs(): number[] | null {
    return this.#metered ? this.#longPauses.pausesMs : null;
  }

  /**
   * Starts recording. Call it from the click handler itself: Safari only lets an AudioContext start inside a user
   * gesture. When the click must first await the microphone, create the context before that await
   * (createBrowserAudioContext() and resume()) and hand it over with `createAudioContext: () => context`.
   */
  start(): void {
    if (this.#state !== "idle") throw new Error("An AnswerRecorder records one answer; create another for the next");
    const now = this.#now();
    this.#state = "recording";
    this.#startedMs = now;
    this.#lastTickMs = now;
    this.#startMetering();
    this.#detector = new PauseDetector(now, this.#options.pauseDetector);
    if (!this.#beginSegment(now)) return;
    const setInterval = this.#options.setInterval ?? ((callback, ms) => window.setInterval(callback, ms));
    this.#timer = setInterval(() => this.#tick(), LEVEL_INTERVAL_MS);
    this.#watchTracks();
  }

  /**
   * Ends the answer: the recording segment becomes the final one. Resolves once every segment has been emitted, or
   * once the recording failed or was cancelled (failures are reported through onError, never by rejecting).
   */
  stop(): Promise<void> {
    if (this.#state === "idle") this.#state = "stopped";
    if (this.#state === "recording") this.#finish(this.#now());
    if (this.#state === "stopped") return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Abandons the answer: no further segments are emitted, including ones still being finished. */
  cancel(): void {
    if (this.#state === "stopped") return;
    this.#state = "stopped";
    this.#release();
    for (const segment of this.#segments) {
      try {
        segment.recorder?.stop();
      } catch {
        // Discarding it anyway.
      }
    }
    this.#segments = [];
    this.#settle();
  }

  get #current(): Segment | undefined {
    const last = this.#segments.at(-1);
    return last?.endMs === undefined ? last : undefined;
  }

  #beginSegment(now: number): Segment | undefined {
    const segment: Segment = {
      index: this.#nextIndex++,
      startMs: now,
      endMs: undefined,
      chunks: [],
      recorder: undefined,
      complete: false,
      final: false,
    };
    this.#segments.push(segment);
    try {
      const createRecorder = this.#options.createRecorder ?? createMediaRecorder;
      segment.recorder = createRecorder(
        this.#stream,
        { mimeType: this.#mimeType, audioBitsPerSecond: RECORDING_BITS_PER_SECOND },
        {
          onData: (blob) => segment.chunks.push(blob),
          onStop: () => this.#segmentStopped(segment),
          onError: (error) => this.#fail(new AnswerRecorderError("recording", error)),
        },
      );
      segment.recorder.start();
      return segment;
    } catch (error) {
      this.#fail(new AnswerRecorderError("recording", error));
      return undefined;
    }
  }

  #tick(): void {
    if (this.#state !== "recording") return;
    const now = this.#now();
    const gapMs = now - this.#lastTickMs;
    this.#lastTickMs = now;
    if (this.#level && !this.#level.running && now - this.#startedMs >= METERING_START_MS) {
      this.#meteringFailed(new Error("The AudioContext did not start"));
    }
    const level = this.#readLevel();
    if (this.#level) this.#notify(() => this.#options.onLevel?.(level));
    if (this.#state !== "recording") return; // onLevel may have stopped or cancelled
    // Like the pause detector's forced cut: stop early enough that the next tick cannot overshoot the limit.
    if (now - this.#startedMs + gapMs >= ANSWER_MS_MAX - CUT_MARGIN_MS) {
      this.#finish(now);
      this.#notify(() => this.#options.onLimitReached?.());
      return;
    }
    if (!this.#detector) return;
    const decision = this.#detector.sample(now, level);
    this.#longPauses.sample(now, level > this.#detector.threshold);
    if (decision === "cut") this.#cut(now);
  }

  #cut(now: number): void {
    const previous = this.#current;
    if (!previous) return;
    // The next recorder starts before the previous one stops, so no audio falls between them. The cut is in a
    // pause (or forced), so the few milliseconds both may hold are silence or a harmless overlap.
    if (!this.#beginSegment(now)) return;
    previous.endMs = now;
    this.#stopRecorder(previous);
  }

  /** Makes the recording segment the final one and stops everything that runs while recording. */
  #finish(now: number): void {
    const last = this.#current;
    this.#state = "stopping";
    this.#release();
    if (!last) {
      this.#state = "stopped";
      this.#settle();
      return;
    }
    last.endMs = now;
    last.final = true;
    this.#stopRecorder(last);
  }

  #stopRecorder(segment: Segment): void {
    try {
      segment.recorder?.stop();
    } catch (error) {
      this.#fail(new AnswerRecorderError("recording", error));
    }
  }

  #segmentStopped(segment: Segment): void {
    if (this.#state === "stopped" || segment.complete) return;
    // A recorder we did not stop was ended by the browser: the microphone went away. End the answer with it.
    const interrupted = segment.endMs === undefined;
    if (interrupted) this.#finish(this.#now());
    segment.complete = true;
    this.#emitCompleted();
    if (interrupted) this.#report(new AnswerRecorderError("interrupted"));
  }

  /** Emits finished segments in index order: a later recorder can finish before an earlier one. */
  #emitCompleted(): void {
    while (this.#segments[0]?.complete && this.#state !== "stopped") {
      const segment = this.#segments.shift()!;
      const answerSegment: AnswerSegment = {
        index: segment.index,
        blob: new Blob(segment.chunks, { type: this.#mimeType }),
        // The requested type, not the recorder's own spelling of it: the server accepts exactly these strings.
        mimeType: this.#mimeType,
        durationMs: Math.max(0, Math.round((segment.endMs ?? segment.startMs) - segment.startMs)),
        final: segment.final,
      };
      if (segment.final) this.#state = "stopped";
      this.#notify(() => this.#options.onSegment?.(answerSegment));
      if (segment.final) this.#settle();
    }
  }

  #readLevel(): number {
    if (!this.#level) return 0;
    try {
      return this.#level.read();
    } catch (error) {
      this.#meteringFailed(error);
      return 0;
    }
  }

  #startMetering(): void {
    try {
      this.#level = openStreamLevel(
        this.#stream,
        this.#options.createAudioContext ?? createBrowserAudioContext,
        (error) => this.#meteringFailed(error),
      );
    } catch (error) {
      this.#meteringFailed(error);
    }
  }

  #meteringFailed(error: unknown): void {
    // Without levels the detector hears only silence, so segments are still cut, at their maximum length.
    if (this.#state !== "recording") return;
    this.#metered = false;
    this.#level?.close();
    this.#level = undefined;
    const { onMeteringFailed } = this.#options;
    if (onMeteringFailed) this.#notify(() => onMeteringFailed(error));
    else console.warn("Microphone level unavailable; segments will be cut at their maximum length", error);
  }

  #watchTracks(): void {
    const tracks = this.#stream.getAudioTracks();
    const ended = () => {
      if (this.#state !== "recording") return;
      this.#finish(this.#now());
      this.#report(new AnswerRecorderError("interrupted"));
    };
    for (const track of tracks) track.addEventListener("ended", ended);
    this.#unwatchTracks = () => {
      for (const track of tracks) track.removeEventListener("ended", ended);
    };
  }

  /** Stops the timer, the metering and the track watch: everything that only runs while recording. */
  #release(): void {
    if (this.#timer !== undefined) {
      const clearInterval = this.#options.clearInterval ?? ((handle) => window.clearInterval(handle));
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
    this.#level?.close();
    this.#level = undefined;
    this.#unwatchTracks?.();
    this.#unwatchTracks = undefined;
  }

  #fail(error: AnswerRecorderError): void {
    if (this.#state === "stopped") return;
    this.cancel();
    this.#report(error);
  }

  #report(error: AnswerRecorderError): void {
    this.#notify(() => this.#options.onError?.(error));
  }

  #settle(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** A throwing callback is the page's bug; it must not leave the microphone recording with no one in charge. */
  #notify(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      console.error("AnswerRecorder callback failed", error);
    }
  }
}

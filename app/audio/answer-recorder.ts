// Records one spoken answer as a series of self-contained WAV segments cut at speech boundaries, and
// measures when the candidate was speaking; used by the interview room and the report's attempts.
// Microphone frames (16 kHz) are judged by Silero VAD, or by loudness where the model cannot load.
import { ANSWER_MS_MAX } from "../../worker/protocol/audio.ts";
import { startPcmCapture, type PcmCapture, type PcmCaptureHandlers } from "./capture/pcm-capture.ts";
import { SpeechSegmenter, segmentDurationMs, samplesToMs, type SegmenterOptions, type SpeechSegment } from "./vad/segmenter.ts";
import { EnergyVoicing, rootMeanSquare } from "./vad/energy-voicing.ts";
import { SpeechTimeline, type SpeechTiming } from "./vad/speech-timeline.ts";
import { VAD_FRAME_MS, VAD_SAMPLE_RATE } from "./vad/silero.ts";
import { encodeWav } from "./wav.ts";

export const SEGMENT_MIME_TYPE = "audio/wav";

export interface AnswerSegment {
  /** 0, 1, 2… in the order spoken; segments are always emitted in this order. */
  index: number;
  /** A complete 16 kHz mono 16-bit WAV file, playable and decodable without the others. */
  blob: Blob;
  durationMs: number;
  /** How much of it was judged speech (0: nothing to transcribe). */
  voicedMs: number;
  /** How much of its start repeats the previous segment (a cut in speech with no pause). */
  overlapMs: number;
  /** The last segment of the answer, emitted after stop(). */
  final: boolean;
}

/**
 * Why an answer ended early. recording: audio capture failed to start or broke; interrupted: the
 * microphone went away (unplugged, revoked), and what was captured before was kept.
 */
export type AnswerRecorderErrorKind = "recording" | "interrupted";

const errorMessages: Record<AnswerRecorderErrorKind, string> = {
  recording: "Recording could not start in this browser. Please try again, or type your answer.",
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

export type AnswerRecorderState = "idle" | "starting" | "recording" | "stopping" | "stopped";

/** Judges frames for speech: Silero VAD, or the loudness stand-in. */
export interface VoiceDetector {
  probability(frame: Float32Array): Promise<number> | number;
}

export interface AnswerRecorderOptions {
  onSegment?: (segment: AnswerSegment) => void;
  /** RMS level 0..1 of the latest audio, about every LEVEL_INTERVAL_MS, for the level meter. */
  onLevel?: (level: number) => void;
  /** Whether the latest audio was judged speech, when that changes (the room shows it). */
  onSpeaking?: (speaking: boolean) => void;
  /** Each frame's speech probability (0..1), in order, once judged: for deciding when the answer is over. */
  onVoiceProbability?: (probability: number) => void;
  /** The answer ended early; the final segment (if any) was emitted first. */
  onError?: (error: AnswerRecorderError) => void;
  /** Speech is judged by loudness because the voice-activity model could not load (reason given). */
  onVoiceDetectionFallback?: (error: unknown) => void;
  /** The answer reached ANSWER_MS_MAX and is being stopped; the final segment follows through onSegment. */
  onLimitReached?: () => void;
  segmenter?: Partial<SegmenterOptions>;
  // Browser services, replaceable so the recorder can be driven without a browser.
  loadDetector?: () => Promise<VoiceDetector>;
  startCapture?: (handlers: PcmCaptureHandlers) => Promise<PcmCapture>;
  /** How long to wait for the model before judging by loudness, ms. */
  detectorTimeoutMs?: number;
}

/** How often the level meter is updated, ms. */
export const LEVEL_INTERVAL_MS = 50;
/**
 * The model usually loads in well under a second from cache; a first load (6 MB over the network, a
 * 14 MB WebAssembly module compiled in a worker) took 6 to 13 s on a busy two-core laptop. Frames wait
 * for it, so a late detector costs nothing but a late end of turn; loudness alone costs words.
 */
const DETECTOR_TIMEOUT_MS = 30_000;
/** A capture that has not ended this long after stop() is not going to (a suspended context): end without it. */
const STOP_TIMEOUT_MS = 2_000;

/**
 * Records one answer from a microphone stream it does not own: stop() and cancel() leave the stream
 * running for the next answer (end it with releaseMicrophone).
 */
export class AnswerRecorder {
  readonly #stream: MediaStream | undefined;
  readonly #context: AudioContext | undefined;
  readonly #options: AnswerRecorderOptions;
  #state: AnswerRecorderState = "idle";
  #capture: PcmCapture | undefined;
  #detector: VoiceDetector | undefined;
  /** Frames waiting for the detector (it loads while the candidate already speaks), in order. */
  #pending: Float32Array[] = [];
  /** Frames judged so far: each is judged in turn, even when the detector answers asynchronously. */
  #judging: Promise<void> = Promise.resolve();
  readonly #segmenter: SpeechSegmenter;
  readonly #timeline = new SpeechTimeline();
  #samples = 0;
  /** Every captured frame has been handed over (after stop). */
  #captureDone = false;
  #speaking = false;
  #levelSamples = 0;
  #waiters: (() => void)[] = [];
  #unwatchTracks: (() => void) | undefined;

  /** `context` is the caller's, created in the click (see createCaptureContext); `stream` the microphone. */
  constructor(stream: MediaStream | undefined, context: AudioContext | undefined, options: AnswerRecorderOptions = {}) {
    this.#stream = stream;
    this.#context = context;
    this.#options = options;
    this.#segmenter = new SpeechSegmenter((segment) => this.#emit(segment), options.segmenter);
  }

  get state(): AnswerRecorderState {
    return this.#state;
  }

  /** When the candidate was speaking, so far. */
  get speech(): SpeechTiming {
    return this.#timeline.timing;
  }

  /** Starts capturing. Resolves once audio flows; failures are reported through onError, never by rejecting. */
  async start(): Promise<void> {
    if (this.#state !== "idle") throw new Error("An AnswerRecorder records one answer; create another for the next");
    this.#state = "starting";
    void this.#chooseDetector();
    const handlers: PcmCaptureHandlers = { onFrame: (frame) => this.#frame(frame), onEnd: () => this.#captureEnded() };
    try {
      const start = this.#options.startCapture ?? ((h: PcmCaptureHandlers) => startPcmCapture(this.#context!, this.#stream!, h));
      const capture = await start(handlers);
      if (this.#state !== "starting") return capture.close(); // cancelled while starting
      this.#capture = capture;
      this.#state = "recording";
      this.#watchTracks();
    } catch (error) {
      this.#state = "stopped";
      this.#notify(() => this.#options.onError?.(new AnswerRecorderError("recording", error)));
      this.#settle();
    }
  }

  /**
   * Ends the answer: what was captured is judged and cut, and the last segment is emitted as final.
   * Resolves once every segment has been emitted (or the recording failed or was cancelled).
   */
  stop(): Promise<void> {
    if (this.#state === "idle") this.#state = "stopped";
    if (this.#state === "starting") this.cancel();
    if (this.#state === "recording") this.#finish();
    if (this.#state === "stopped") return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Speech from now on is cut by the usual rules only (see SegmenterOptions.quickFirstMs). */
  dropQuickFirst(): void {
    this.#segmenter.dropQuickFirst();
  }

  /** Abandons the answer: nothing more is emitted, including segments still being cut. */
  cancel(): void {
    if (this.#state === "stopped") return;
    this.#state = "stopped";
    this.#capture?.close();
    this.#unwatchTracks?.();
    this.#pending = [];
    this.#settle();
  }

  async #chooseDetector(): Promise<void> {
    const load = this.#options.loadDetector;
    let detector: VoiceDetector | undefined;
    if (load) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("The voice activity model took too long to load")), this.#options.detectorTimeoutMs ?? DETECTOR_TIMEOUT_MS);
      });
      try {
        detector = await Promise.race([load(), timeout]);
      } catch (error) {
        this.#notify(() => this.#options.onVoiceDetectionFallback?.(error));
      } finally {
        clearTimeout(timer);
      }
    }
    this.#detector = detector ?? new EnergyVoicing();
    const waiting = this.#pending;
    this.#pending = [];
    for (const frame of waiting) this.#judge(frame);
    this.#finishWhenJudged();
  }

  #frame(frame: Float32Array): void {
    if (this.#state !== "recording" && this.#state !== "stopping") return;
    // What the capture still delivers after the limit stopped it is beyond what an answer may hold.
    if (samplesToMs(this.#samples + frame.length) > ANSWER_MS_MAX) return;
    this.#samples += frame.length;
    this.#level(frame);
    if (this.#detector) this.#judge(frame);
    else this.#pending.push(frame);
    if (this.#state === "recording" && samplesToMs(this.#samples) + VAD_FRAME_MS >= ANSWER_MS_MAX) {
      this.#finish();
      this.#notify(() => this.#options.onLimitReached?.());
    }
  }

  #judge(frame: Float32Array): void {
    const detector = this.#detector!;
    // Chained, so the segmenter and the timeline see frames in order whatever the detector does.
    this.#judging = this.#judging.then(async () => {
      let probability: number;
      try {
        probability = await detector.probability(frame);
      } catch {
        probability = 0;
      }
      if (this.#state === "stopped") return;
      this.#segmenter.push(frame, probability);
      this.#timeline.push(this.#segmenter.inSpeech);
      if (this.#options.onVoiceProbability) this.#notify(() => this.#options.onVoiceProbability?.(probability));
      if (this.#segmenter.inSpeech !== this.#speaking) {
        this.#speaking = this.#segmenter.inSpeech;
        const speaking = this.#speaking;
        this.#notify(() => this.#options.onSpeaking?.(speaking));
      }
    });
  }

  #level(frame: Float32Array): void {
    this.#levelSamples += frame.length;
    if (samplesToMs(this.#levelSamples) < LEVEL_INTERVAL_MS) return;
    this.#levelSamples = 0;
    const level = rootMeanSquare(frame);
    this.#notify(() => this.#options.onLevel?.(level));
  }

  /** Stops capturing; the final segment is cut once the last frames are in and judged. */
  #finish(): void {
    this.#state = "stopping";
    this.#unwatchTracks?.();
    const capture = this.#capture;
    if (!capture) return this.#captureEnded();
    capture.stop();
    setTimeout(() => {
      if (this.#state !== "stopping") return;
      capture.close();
      this.#captureEnded();
    }, STOP_TIMEOUT_MS);
  }

  #captureEnded(): void {
    this.#captureDone = true;
    this.#finishWhenJudged();
  }

  /** Once capture has ended and the detector is chosen, the final segment follows the last judged frame. */
  #finishWhenJudged(): void {
    if (this.#state !== "stopping" || !this.#captureDone || !this.#detector) return;
    void this.#judging.then(() => {
      if (this.#state !== "stopping") return;
      this.#segmenter.finish();
      this.#state = "stopped";
      this.#settle();
    });
  }

  /**
   * The audio recorded since the last segment was cut, as the final segment it would be if the answer ended now (see
   * SpeechSegmenter.peek); null when there is none or the answer is no longer recording.
   */
  unsent(): (Omit<AnswerSegment, "blob"> & { wav: Uint8Array }) | null {
    const segment = this.#state === "recording" ? this.#segmenter.peek() : null;
    return segment && { ...segmentInfo(segment), wav: encodeWav(segment.samples, VAD_SAMPLE_RATE) };
  }

  #emit(segment: SpeechSegment): void {
    if (this.#state === "stopped") return;
    const made = answerSegment(segment);
    this.#notify(() => this.#options.onSegment?.(made));
  }

  #watchTracks(): void {
    const tracks = this.#stream?.getAudioTracks() ?? [];
    const ended = () => {
      if (this.#state !== "recording") return;
      this.#finish();
      this.#notify(() => this.#options.onError?.(new AnswerRecorderError("interrupted")));
    };
    for (const track of tracks) track.addEventListener("ended", ended);
    this.#unwatchTracks = () => {
      for (const track of tracks) track.removeEventListener("ended", ended);
    };
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

function segmentInfo(segment: SpeechSegment): Omit<AnswerSegment, "blob"> {
  return {
    index: segment.index,
    durationMs: segmentDurationMs(segment),
    voicedMs: segment.voicedMs,
    overlapMs: segment.overlapMs,
    final: segment.final,
  };
}

function answerSegment(segment: SpeechSegment): AnswerSegment {
  return { ...segmentInfo(segment), blob: new Blob([encodeWav(segment.samples, VAD_SAMPLE_RATE)], { type: SEGMENT_MIME_TYPE }) };
}

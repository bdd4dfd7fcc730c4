// Unit tests for the answer recorder, driven by fake recorders, audio context and clock.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ANSWER_MS_MAX,
  PAUSE_MS,
  RECORDING_BITS_PER_SECOND,
  SEGMENT_MS_MAX,
  SEGMENTS_PER_ANSWER_MAX,
} from "../../worker/protocol/audio";
import {
  AnswerRecorder,
  LEVEL_INTERVAL_MS,
  METERING_START_MS,
  type AnswerRecorderOptions, type AnswerSegment } from "./answer-recorder";
import type { CreateSegmentRecorder, SegmentRecorderHandlers } from "./segment-recorder";

/** Fluent speech: syllables of varying loudness, one level per tick. */
const SPEECH = [0.12, 0.2, 0.16, 0.09, 0.18, 0.03, 0.14, 0.22];
const ROOM = 0.003;

/** A browser stand-in: a clock, one interval timer, MediaRecorders and an AudioContext whose level the test sets. */
function fakeBrowser({ autoFinish = true, startsAudio = true } = {}) {
  let clock = 1_000;
  let tick: (() => void) | undefined;
  let amplitude = 0;
  const log: string[] = [];
  const recorders: { id: number; handlers: SegmentRecorderHandlers; finish(): void; stopped: boolean }[] = [];
  const track = new EventTarget();
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  const context = {
    state: "suspended",
    resume: vi.fn(async () => {
      if (startsAudio) context.state = "running";
    }),
    close: vi.fn(async () => {}),
    destination: {},
    createMediaStreamSource: () => ({ connect: () => {}, disconnect: () => {} }),
    createGain: () => ({ gain: { value: 1 }, connect: () => {}, disconnect: () => {} }),
    createAnalyser: () => ({
      fftSize: 0,
      connect: () => {},
      getFloatTimeDomainData: (samples: Float32Array) => samples.fill(amplitude),
    }),
  };

  const createRecorder: CreateSegmentRecorder = (_stream, options, handlers) => {
    const id = recorders.length;
    log.push(`create ${id} ${options.mimeType} ${options.audioBitsPerSecond}`);
    const recorder = {
      id,
      handlers,
      stopped: false,
      /** What the browser does some time after stop(): hand over the whole file, then say it is done. */
      finish() {
        handlers.onData(new Blob([`header ${id}|`]));
        handlers.onData(new Blob([`audio ${id}`]));
        handlers.onStop();
      },
    };
    recorders.push(recorder);
    return {
      start: () => log.push(`start ${id}`),
      stop: () => {
        if (recorder.stopped) return;
        recorder.stopped = true;
        log.push(`stop ${id}`);
        if (autoFinish) queueMicrotask(() => recorder.finish());
      },
    };
  };

  const options = {
    mimeType: "audio/webm;codecs=opus",
    createRecorder,
    createAudioContext: () => context as unknown as AudioContext,
    now: () => clock,
    setInterval: (callback: () => void, ms: number) => {
      expect(ms).toBe(LEVEL_INTERVAL_MS);
      tick = callback;
      return 7;
    },
    clearInterval: (handle: number) => {
      expect(handle).toBe(7);
      tick = undefined;
    },
  } satisfies AnswerRecorderOptions;

  return {
    stream,
    track,
    context,
    recorders,
    log,
    options,
    get timerRunning() {
      return tick !== undefined;
    },
    now: () => clock,
    /** Lets `ms` pass at `level` (or cycling through levels), ticking the interval as the browser would. */
    run(ms: number, level: number | number[]) {
      const levels = typeof level === "number" ? [level] : level;
      for (let elapsed = 0, n = 0; elapsed < ms; elapsed += LEVEL_INTERVAL_MS, n++) {
        amplitude = levels[n % levels.length]!;
        clock += LEVEL_INTERVAL_MS;
        tick?.();
      }
    },
  };
}

/** Lets queued microtasks (recorders finishing) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function record(browser: ReturnType<typeof fakeBrowser>, extra: AnswerRecorderOptions = {}) {
  const segments: AnswerSegment[] = [];
  const events = { levels: [] as number[], errors: [] as unknown[], limits: 0 };
  const recorder = new AnswerRecorder(browser.stream, {
    ...browser.options,
    onSegment: (segment) => segments.push(segment),
    onLevel: (level) => events.levels.push(level),
    onError: (error) => events.errors.push(error),
    onLimitReached: () => events.limits++,
    ...extra,
  });
  return { recorder, segments, events };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("AnswerRecorder", () => {
  it("starts one recorder with the chosen format and bitrate, and resumes audio inside start()", () => {
    const browser = fakeBrowser();
    const { recorder } = record(browser);
    recorder.start();
    expect(browser.log).toEqual([`create 0 audio/webm;codecs=opus ${RECORDING_BITS_PER_SECOND}`, "start 0"]);
    expect(browser.context.resume).toHaveBeenCalledOnce();
    expect(recorder.state).toBe("recording");
    expect(browser.timerRunning).toBe(true);
  });

  it("reports the RMS level on every tick", () => {
    const browser = fakeBrowser();
    const { recorder, events } = record(browser);
    recorder.start();
    browser.run(200, 0.25);
    expect(events.levels).toHaveLength(200 / LEVEL_INTERVAL_MS);
    for (const level of events.levels) expect(level).toBeCloseTo(0.25);
  });

  it("cuts at a pause into two complete files: the next recorder starts before the previous one stops", async () => {
    const browser = fakeBrowser();
    const { recorder, segments } = record(browser);
    recorder.start();
    const startedAt = browser.now();
    browser.run(500, ROOM);
    browser.run(4_000, SPEECH);
    browser.run(1_000, ROOM);
    const cutAt = startedAt + 4_500 + PAUSE_MS;
    expect(browser.log.slice(2)).toEqual([`create 1 audio/webm;codecs=opus ${RECORDING_BITS_PER_SECOND}`, "start 1", "stop 0"]);
    await settle();
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ index: 0, final: false, durationMs: cutAt - startedAt });
    expect(segments[0]!.mimeType).toBe("audio/webm;codecs=opus");
    expect(segments[0]!.blob.type).toBe("audio/webm;codecs=opus");
    expect(await segments[0]!.blob.text()).toBe("header 0|audio 0");

    browser.run(2_000, SPEECH);
    const stoppedAt = browser.now();
    await recorder.stop();
    expect(segments).toHaveLength(2);
    expect(segments[1]).toMatchObject({ index: 1, final: true, durationMs: stoppedAt - cutAt });
    expect(await segments[1]!.blob.text()).toBe("header 1|audio 1");
    expect(recorder.state).toBe("stopped");
  });

  it("stop() without any cut emits the whole answer as one final segment and releases audio, not the stream", async () => {
    const browser = fakeBrowser();
    const { recorder, segments } = record(browser);
    const trackStop = vi.fn();
    Object.assign(browser.track, { stop: trackStop });
    recorder.start();
    browser.run(2_000, SPEECH);
    const done = recorder.stop();
    expect(recorder.state).toBe("stopping");
    expect(browser.timerRunning).toBe(false);
    expect(browser.context.close).toHaveBeenCalledOnce();
    await done;
    expect(segments).toEqual([expect.objectContaining({ index: 0, final: true, durationMs: 2_000 })]);
    expect(trackStop).not.toHaveBeenCalled();
    // Asking again is harmless and emits nothing more.
    await recorder.stop();
    expect(segments).toHaveLength(1);
  });

  it("emits in index order even when the later recorder finishes first, and a stop just after a cut still ends with a final segment", async () => {
    const browser = fakeBrowser({ autoFinish: false });
    const { recorder, segments } = record(browser);
    recorder.start();
    browser.run(4_000, SPEECH);
    browser.run(PAUSE_MS, ROOM);
    expect(browser.recorders).toHaveLength(2);
    browser.run(LEVEL_INTERVAL_MS, ROOM);
    let stopped = false;
    void recorder.stop().then(() => (stopped = true));
    browser.recorders[1]!.finish();
    await settle();
    expect(segments).toEqual([]);
    expect(stopped).toBe(false);
    browser.recorders[0]!.finish();
    await settle();
    expect(segments.map(({ index, final, durationMs }) => ({ index, final, durationMs }))).toEqual([
      { index: 0, final: false, durationMs: 4_000 + PAUSE_MS },
      { index: 1, final: true, durationMs: LEVEL_INTERVAL_MS },
    ]);
    expect(stopped).toBe(true);
  });

  it("force-cuts steady speech before SEGMENT_MS_MAX", async () => {
    const browser = fakeBrowser();
    const { recorder, segments } = record(browser);
    recorder.start();
    browser.run(40_000, SPEECH);
    await recorder.stop();
    expect(segments.map((segment) => segment.index)).toEqual([0, 1, 2]);
    for (const segment of segments) expect(segment.durationMs).toBeLessThan(SEGMENT_MS_MAX);
  });

  it("stops by itself at ANSWER_MS_MAX, reports it once and ends with a final segment", async () => {
    const browser = fakeBrowser();
    const { recorder, segments, events } = record(browser);
    recorder.start();
    browser.run(ANSWER_MS_MAX - 1_000, SPEECH);
    expect(events.limits).toBe(0);
    browser.run(2_000, SPEECH);
    expect(events.limits).toBe(1);
    expect(recorder.state).toBe("stopping");
    expect(browser.timerRunning).toBe(false);
    await recorder.stop();
    expect(segments.map((segment) => segment.index)).toEqual(segments.map((_, index) => index));
    expect(segments.filter((segment) => segment.final)).toEqual([segments.at(-1)]);
    expect(segments.length).toBeLessThanOrEqual(SEGMENTS_PER_ANSWER_MAX);
    const total = segments.reduce((sum, segment) => sum + segment.durationMs, 0);
    expect(total).toBeLessThanOrEqual(ANSWER_MS_MAX);
    expect(total).toBeGreaterThan(ANSWER_MS_MAX - 1_000);
    expect(events.errors).toEqual([]);
  });

  it("cancel() discards everything, including a segment still being finished", async () => {
    const browser = fakeBrowser({ autoFinish: false });
    const { recorder, segments } = record(browser);
    recorder.start();
    browser.run(4_000, SPEECH);
    browser.run(1_000, ROOM);
    recorder.cancel();
    expect(browser.recorders.every((fake) => fake.stopped)).toBe(true);
    for (const fake of browser.recorders) fake.finish();
    await settle();
    expect(segments).toEqual([]);
    expect(recorder.state).toBe("stopped");
    expect(browser.context.close).toHaveBeenCalledOnce();
    await expect(recorder.stop()).resolves.toBeUndefined();
  });

  it("a recorder error ends the answer and is reported as kind 'recording'", async () => {
    const browser = fakeBrowser();
    const { recorder, segments, events } = record(browser);
    recorder.start();
    browser.run(1_000, SPEECH);
    browser.recorders[0]!.handlers.onError(new DOMException("boom", "UnknownError"));
    expect(events.errors).toEqual([expect.objectContaining({ kind: "recording" })]);
    expect(recorder.state).toBe("stopped");
    expect(browser.timerRunning).toBe(false);
    await recorder.stop();
    expect(segments).toEqual([]);
  });

  it("a microphone that goes away ends the answer with a final segment, then reports 'interrupted'", async () => {
    const browser = fakeBrowser();
    const { recorder, segments, events } = record(browser);
    recorder.start();
    browser.run(1_000, SPEECH);
    browser.track.dispatchEvent(new Event("ended"));
    expect(events.errors).toEqual([expect.objectContaining({ kind: "interrupted" })]);
    await recorder.stop();
    expect(segments).toEqual([expect.objectContaining({ index: 0, final: true, durationMs: 1_000 })]);
  });

  it("a recorder the browser stops on its own becomes the final segment", async () => {
    const browser = fakeBrowser();
    const { recorder, segments, events } = record(browser);
    recorder.start();
    browser.run(1_500, SPEECH);
    browser.recorders[0]!.finish();
    expect(segments).toEqual([expect.objectContaining({ index: 0, final: true, durationMs: 1_500 })]);
    expect(events.errors).toEqual([expect.objectContaining({ kind: "interrupted" })]);
    expect(recorder.state).toBe("stopped");
  });

  it("without Web Audio it still records, cut at the maximum length, and says why", async () => {
    const browser = fakeBrowser();
    const onMeteringFailed = vi.fn();
    const { recorder, segments, events } = record(browser, {
      createAudioContext: () => {
        throw new Error("no Web Audio");
      },
      onMeteringFailed,
    });
    recorder.start();
    browser.run(4_000, SPEECH);
    browser.run(2_000, ROOM);
    expect(browser.recorders).toHaveLength(1);
    browser.run(SEGMENT_MS_MAX, SPEECH);
    await recorder.stop();
    expect(onMeteringFailed).toHaveBeenCalledOnce();
    expect(events.errors).toEqual([]);
    expect(events.levels).toEqual([]);
    expect(segments.map((segment) => segment.final)).toEqual([false, true]);
  });

  it("gives up metering when the AudioContext never starts, and keeps recording", async () => {
    const browser = fakeBrowser({ startsAudio: false });
    const onMeteringFailed = vi.fn();
    const { recorder, segments, events } = record(browser, { onMeteringFailed });
    recorder.start();
    browser.run(METERING_START_MS - LEVEL_INTERVAL_MS, ROOM);
    expect(onMeteringFailed).not.toHaveBeenCalled();
    const levelsBefore = events.levels.length;
    browser.run(2_000, SPEECH);
    expect(onMeteringFailed).toHaveBeenCalledOnce();
    expect(browser.context.close).toHaveBeenCalledOnce();
    expect(events.levels).toHaveLength(levelsBefore);
    expect(recorder.state).toBe("recording");
    await recorder.stop();
    expect(segments).toEqual([expect.objectContaining({ index: 0, final: true })]);
  });

  it("a throwing callback does not stop the recording", async () => {
    const browser = fakeBrowser();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { recorder, segments } = record(browser, {
      onLevel: () => {
        throw new Error("render bug");
      },
    });
    recorder.start();
    browser.run(500, SPEECH);
    await recorder.stop();
    expect(segments).toHaveLength(1);
    expect(errors).toHaveBeenCalled();
  });

  it("records one answer only, and stop() before start() is a no-op", async () => {
    const browser = fakeBrowser();
    const unused = record(browser).recorder;
    await expect(unused.stop()).resolves.toBeUndefined();
    expect(browser.recorders).toHaveLength(0);
    const { recorder } = record(browser);
    recorder.start();
    expect(() => recorder.start()).toThrow(/one answer/);
  });

  it("refuses to be created where no accepted format can be recorded", () => {
    const browser = fakeBrowser();
    // Node has no MediaRecorder, so the default format check finds nothing.
    expect(() => new AnswerRecorder(browser.stream, { ...browser.options, mimeType: undefined })).toThrow(/format/);
  });
});

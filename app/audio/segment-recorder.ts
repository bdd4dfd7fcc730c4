// One MediaRecorder producing one whole audio file, behind a small interface; the answer recorder starts one per segment.
import type { RecordingMimeType } from "../../worker/protocol/audio";

export interface SegmentRecorderOptions {
  mimeType: RecordingMimeType;
  audioBitsPerSecond: number;
}

export interface SegmentRecorderHandlers {
  /** Recorded audio; all of it, concatenated, is one playable file. */
  onData(blob: Blob): void;
  /** The file is complete: no more onData for this recorder. */
  onStop(): void;
  onError(error: unknown): void;
}

/** What the answer recorder needs of a MediaRecorder, so tests can drive it without a browser. */
export interface SegmentRecorder {
  start(): void;
  /** Finishes the file. Stopping a recorder that already stopped does nothing. */
  stop(): void;
}

export type CreateSegmentRecorder = (
  stream: MediaStream,
  options: SegmentRecorderOptions,
  handlers: SegmentRecorderHandlers,
) => SegmentRecorder;

export const createMediaRecorder: CreateSegmentRecorder = (stream, options, handlers) => {
  const recorder = new MediaRecorder(stream, options);
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) handlers.onData(event.data);
  };
  recorder.onstop = () => handlers.onStop();
  recorder.onerror = (event) => handlers.onError("error" in event ? event.error : event);
  return {
    // No timeslice: a timeslice chunk after the first is not a file of its own, and each segment must be.
    start: () => recorder.start(),
    stop: () => {
      if (recorder.state !== "inactive") recorder.stop();
    },
  };
};

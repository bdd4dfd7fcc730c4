// The audio a candidate's answer is sent as, and every limit on it, written once with units.
// The browser's recorder, the WebSocket protocol and the Durable Object all read these.

/**
 * Formats the server accepts. The recorder sends 16 kHz mono 16-bit WAV (it builds each segment from
 * the samples it judged for speech); the compressed ones are what browsers' MediaRecorder makes, and
 * what other clients may send.
 */
export const RECORDING_MIME_TYPES = [
  "audio/wav",
  "audio/webm;codecs=opus",
  "audio/webm",
  "audio/mp4;codecs=mp4a.40.2",
  "audio/mp4",
  "audio/ogg;codecs=opus",
] as const;
export type RecordingMimeType = (typeof RECORDING_MIME_TYPES)[number];


/**
 * A segment is one self-contained, playable file, cut at a pause. The recorder never lets one run
 * longer than this, so the last segment of an answer (the only one transcribed after the candidate
 * stops) stays short.
 */
export const SEGMENT_MS_MAX = 15_000;
/**
 * At most this much of a segment repeats the previous one: a cut where the candidate did not pause repeats a
 * moment, and the early first look at an answer begun over the interviewer is repeated whole (app/audio/vad/segmenter.ts).
 */
export const SEGMENT_OVERLAP_MS_MAX = SEGMENT_MS_MAX;

/**
 * 15 s of 16 kHz 16-bit mono WAV is 480 KB (+44 bytes of header); 512 KB leaves room, stays far below
 * SQLite's 2 MB per row and below the 1 MiB a WebSocket message may carry.
 */
export const SEGMENT_BYTES_MAX = 512 * 1024;
/** Server-side slack on the reported duration of a segment (timers in browsers drift). */
export const SEGMENT_MS_TOLERANCE = 2_000;

/** One answer, spoken: five minutes is long for any interview answer. */
export const ANSWER_MS_MAX = 5 * 60_000;
export const SEGMENTS_PER_ANSWER_MAX = 120;

/** One answer, typed. */
export const TEXT_ANSWER_CHARS_MAX = 5_000;
/** Attempts at one question from the report of a finished interview (each keeps its audio). */
export const ATTEMPTS_PER_QUESTION_MAX = 10;

/** Frames one socket may send per second (averaged over a 5 s window); audio is ~1 frame per few seconds. */
export const FRAMES_PER_SECOND_MAX = 20;
export const FRAME_WINDOW_MS = 5_000;
/**
 * A socket that sends this many times its budget within one window is not a page of ours (the room
 * sends a frame every few seconds): it is closed rather than answered frame by frame.
 */
export const FRAME_FLOOD_FACTOR = 3;

/**
 * Live sockets on one interview: a few tabs or windows of the same candidate. Opening one more closes
 * the oldest, so no one can pile up sockets that each stay under the per-socket frame limit.
 */
export const SOCKETS_PER_INTERVIEW_MAX = 4;

// Chooses the audio format the browser records answers in; used by the microphone check and the answer recorder.
import { RECORDING_MIME_TYPES, type RecordingMimeType } from "../../worker/protocol/audio";

/** The browser's own check, when it has MediaRecorder at all (read lazily so this module loads anywhere). */
function browserIsTypeSupported(): ((mimeType: string) => boolean) | undefined {
  if (typeof MediaRecorder === "undefined" || typeof MediaRecorder.isTypeSupported !== "function") return undefined;
  return (mimeType) => MediaRecorder.isTypeSupported(mimeType);
}

/**
 * The first format the server accepts that this browser can record (webm/opus on Chrome and Firefox, mp4/aac on
 * older Safari), or null when there is none. Pass `isTypeSupported` to decide for a browser other than this one.
 */
export function pickRecordingFormat(
  isTypeSupported: ((mimeType: string) => boolean) | undefined = browserIsTypeSupported(),
): RecordingMimeType | null {
  if (!isTypeSupported) return null;
  for (const mimeType of RECORDING_MIME_TYPES) {
    try {
      if (isTypeSupported(mimeType)) return mimeType;
    } catch {
      // Some engines throw on a type they cannot parse instead of answering false; that is a "no".
    }
  }
  return null;
}

// Asks for the microphone and explains any refusal in words a candidate can act on; used before recording an answer.

export type MicrophoneFailureReason = "unsupported" | "insecure" | "denied" | "missing" | "busy" | "unknown";

export type MicrophoneResult =
  | { ok: true; stream: MediaStream }
  | { ok: false; reason: MicrophoneFailureReason; message: string };

export interface OpenMicrophoneOptions {
  /**
   * Echo cancellation, noise suppression and automatic gain (default true): what a laptop in a room needs.
   * End-to-end tests turn them off so the recorded audio is exactly the fake input.
   */
  processing?: boolean;
}

/** The parts of the browser this needs; tests pass their own. */
export interface MicrophoneEnvironment {
  isSecureContext: boolean;
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  /** Answers are built from the microphone's samples in an AudioWorklet (Chrome 66, Firefox 76, Safari 14.1). */
  hasAudioWorklet: boolean;
}

const TYPE_INSTEAD = "Meanwhile, you can type your answer instead.";

export const MICROPHONE_MESSAGES: Record<MicrophoneFailureReason, string> = {
  unsupported: `This browser can't record audio. A recent Chrome, Edge, Firefox or Safari can. ${TYPE_INSTEAD}`,
  insecure: `Recording only works over a secure connection. Open this page with an address starting with https://. ${TYPE_INSTEAD}`,
  denied:
    "Microphone access is blocked for this site. To allow it, click the icon at the left of the address bar " +
    "(a padlock or sliders), set Microphone to Allow, then try again. On a Mac, also check System Settings › " +
    `Privacy & Security › Microphone. ${TYPE_INSTEAD}`,
  missing: `No microphone was found. Plug one in or check that it's switched on, then try again. ${TYPE_INSTEAD}`,
  busy:
    "Your microphone couldn't be started; another app may be using it. Close video calls or recording apps, " +
    `then try again. ${TYPE_INSTEAD}`,
  unknown: `The microphone couldn't be started. Please try again. ${TYPE_INSTEAD}`,
};

function browserEnvironment(): MicrophoneEnvironment {
  const mediaDevices = typeof navigator === "undefined" ? undefined : navigator.mediaDevices;
  return {
    isSecureContext: typeof window !== "undefined" && window.isSecureContext,
    // Browsers leave mediaDevices undefined on insecure pages, so its absence is checked after isSecureContext.
    getUserMedia: mediaDevices?.getUserMedia ? (constraints) => mediaDevices.getUserMedia(constraints) : undefined,
    hasAudioWorklet: typeof AudioWorkletNode !== "undefined",
  };
}

export function microphoneConstraints({ processing = true }: OpenMicrophoneOptions = {}): MediaStreamConstraints {
  // Plain values are preferences, not requirements, so a stereo-only microphone is still accepted.
  return {
    audio: { channelCount: 1, echoCancellation: processing, noiseSuppression: processing, autoGainControl: processing },
  };
}

/** Which failure a getUserMedia rejection means, by its DOMException name. */
export function microphoneFailureReason(error: unknown): MicrophoneFailureReason {
  const name = typeof error === "object" && error !== null && "name" in error ? error.name : undefined;
  switch (name) {
    case "NotAllowedError":
    case "SecurityError":
      return "denied";
    case "NotFoundError":
    case "OverconstrainedError":
      return "missing";
    case "NotReadableError":
    case "AbortError":
      return "busy";
    default:
      return "unknown";
  }
}

function failure(reason: MicrophoneFailureReason): MicrophoneResult {
  return { ok: false, reason, message: MICROPHONE_MESSAGES[reason] };
}

/** Opens the microphone for recording answers. The caller owns the stream: end it with releaseMicrophone. */
export async function openMicrophone(
  options: OpenMicrophoneOptions = {},
  environment: MicrophoneEnvironment = browserEnvironment(),
): Promise<MicrophoneResult> {
  if (!environment.isSecureContext) return failure("insecure");
  const { getUserMedia } = environment;
  // Checked before asking, so nobody grants the microphone only to learn it cannot be recorded.
  if (!getUserMedia || !environment.hasAudioWorklet) return failure("unsupported");
  try {
    return { ok: true, stream: await getUserMedia(microphoneConstraints(options)) };
  } catch (error) {
    const reason = microphoneFailureReason(error);
    if (reason === "unknown") console.warn("Microphone could not be opened", error);
    return failure(reason);
  }
}

/** Turns the microphone off (and its indicator in the browser and the OS) once no more answers will be recorded. */
export function releaseMicrophone(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * The site's microphone permission as the Permissions API states it ("granted", "prompt", "denied"),
 * or "unknown" where the browser cannot tell (no Permissions API, or no "microphone" name in it: Safari before 16).
 */
export async function microphonePermission(): Promise<PermissionState | "unknown"> {
  try {
    return (await navigator.permissions.query({ name: "microphone" as PermissionName })).state;
  } catch {
    return "unknown";
  }
}

/** Whether this site may use the microphone without asking; false where the browser cannot tell. */
export async function microphonePermitted(): Promise<boolean> {
  return (await microphonePermission()) === "granted";
}

// Unit tests for opening the microphone and explaining failures, with a fake browser environment.
import { describe, expect, it, vi } from "vitest";
import {
  MICROPHONE_MESSAGES,
  microphoneFailureReason,
  openMicrophone,
  releaseMicrophone,
  type MicrophoneEnvironment,
} from "./microphone";

const stream = { id: "mic" } as unknown as MediaStream;

function environment(overrides: Partial<MicrophoneEnvironment> = {}): MicrophoneEnvironment {
  return {
    isSecureContext: true,
    getUserMedia: vi.fn(async () => stream),
    hasAudioWorklet: true,
    ...overrides,
  };
}

const rejectWith = (name: string) => async () => {
  throw new DOMException("refused", name);
};

describe("openMicrophone", () => {
  it("returns the stream, asking for one processed mono channel by default", async () => {
    const env = environment();
    await expect(openMicrophone({}, env)).resolves.toEqual({ ok: true, stream });
    expect(env.getUserMedia).toHaveBeenCalledWith({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  });

  it("can ask for unprocessed audio", async () => {
    const env = environment();
    await openMicrophone({ processing: false }, env);
    expect(env.getUserMedia).toHaveBeenCalledWith({
      audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  });

  it("explains an insecure page before anything else, without asking", async () => {
    const env = environment({ isSecureContext: false, getUserMedia: undefined });
    await expect(openMicrophone({}, env)).resolves.toEqual({
      ok: false,
      reason: "insecure",
      message: MICROPHONE_MESSAGES.insecure,
    });
  });

  it.each([
    ["no getUserMedia", { getUserMedia: undefined }],
    ["no AudioWorklet", { hasAudioWorklet: false }],
  ])("reports an unsupported browser (%s) without asking for the microphone", async (_, overrides) => {
    const getUserMedia = vi.fn(async () => stream);
    const result = await openMicrophone({}, environment({ getUserMedia, ...overrides }));
    expect(result).toMatchObject({ ok: false, reason: "unsupported" });
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it.each([
    ["NotAllowedError", "denied"],
    ["SecurityError", "denied"],
    ["NotFoundError", "missing"],
    ["OverconstrainedError", "missing"],
    ["NotReadableError", "busy"],
    ["AbortError", "busy"],
  ] as const)("maps %s to %s with its message", async (name, reason) => {
    const result = await openMicrophone({}, environment({ getUserMedia: rejectWith(name) }));
    expect(result).toEqual({ ok: false, reason, message: MICROPHONE_MESSAGES[reason] });
  });

  it("reports anything else as unknown", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await openMicrophone({}, environment({ getUserMedia: rejectWith("TypeError") }));
    expect(result).toMatchObject({ ok: false, reason: "unknown" });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe("microphoneFailureReason", () => {
  it("handles values that are not errors", () => {
    expect(microphoneFailureReason(undefined)).toBe("unknown");
    expect(microphoneFailureReason("NotAllowedError")).toBe("unknown");
    expect(microphoneFailureReason({ name: "NotAllowedError" })).toBe("denied");
  });
});

describe("messages", () => {
  it("tell a blocked candidate where to allow the microphone and that typing works meanwhile", () => {
    expect(MICROPHONE_MESSAGES.denied).toMatch(/address bar/);
    for (const message of Object.values(MICROPHONE_MESSAGES)) expect(message).toMatch(/type your answer/);
  });
});

describe("releaseMicrophone", () => {
  it("stops every track", () => {
    const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
    releaseMicrophone({ getTracks: () => tracks } as unknown as MediaStream);
    for (const track of tracks) expect(track.stop).toHaveBeenCalledOnce();
  });
});

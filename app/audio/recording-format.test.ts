// Unit tests for choosing the recording format, with injected browser support.
import { describe, expect, it } from "vitest";
import { RECORDING_MIME_TYPES } from "../../worker/protocol/audio";
import { pickRecordingFormat } from "./recording-format";

const supports =
  (...types: string[]) =>
  (mimeType: string) =>
    types.includes(mimeType);

describe("pickRecordingFormat", () => {
  it("prefers webm/opus where it is available (Chrome, Firefox)", () => {
    const chrome = supports("audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg;codecs=opus");
    expect(pickRecordingFormat(chrome)).toBe("audio/webm;codecs=opus");
  });

  it("falls back to mp4/aac where webm cannot be recorded (Safari)", () => {
    const safari = supports("audio/mp4;codecs=mp4a.40.2", "audio/mp4");
    expect(pickRecordingFormat(safari)).toBe("audio/mp4;codecs=mp4a.40.2");
  });

  it("takes a later format when only that one is supported", () => {
    expect(pickRecordingFormat(supports("audio/mp4"))).toBe("audio/mp4");
    expect(pickRecordingFormat(supports("audio/ogg;codecs=opus"))).toBe("audio/ogg;codecs=opus");
  });

  it("follows the protocol's order of preference, whatever order the browser would list them in", () => {
    for (const [index, expected] of RECORDING_MIME_TYPES.entries()) {
      const laterOnes = RECORDING_MIME_TYPES.slice(index).toReversed();
      expect(pickRecordingFormat(supports(...laterOnes))).toBe(expected);
    }
  });

  it("ignores formats the server would not accept", () => {
    expect(pickRecordingFormat(supports("audio/wav", "video/webm", "audio/mpeg"))).toBeNull();
  });

  it("asks about each format at most once and stops at the first match", () => {
    const asked: string[] = [];
    pickRecordingFormat((mimeType) => {
      asked.push(mimeType);
      return mimeType === "audio/mp4;codecs=mp4a.40.2";
    });
    expect(asked).toEqual(["audio/webm;codecs=opus", "audio/webm", "audio/mp4;codecs=mp4a.40.2"]);
  });

  it("treats a check that throws as unsupported and keeps looking", () => {
    const picky = (mimeType: string) => {
      if (mimeType.includes("codecs")) throw new TypeError("cannot parse");
      return mimeType === "audio/webm";
    };
    expect(pickRecordingFormat(picky)).toBe("audio/webm");
  });

  it("returns null when nothing can be recorded or there is no MediaRecorder", () => {
    expect(pickRecordingFormat(() => false)).toBeNull();
    // Node has no MediaRecorder: the default check is absent, not a crash.
    expect(pickRecordingFormat()).toBeNull();
  });
});

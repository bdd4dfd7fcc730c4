import { describe, expect, it } from "vitest";
import { EndOfTurnDetector, type TurnState } from "./end-of-turn";
import { VAD_FRAME_MS } from "./silero";

/** Speech and silence as Silero scores them on clear audio. */
const SPEECH = 0.9;
const SILENCE = 0.02;

/** Pushes `ms` of frames of one probability; returns every state seen. */
function feed(detector: EndOfTurnDetector, ms: number, probability: number): TurnState[] {
  const seen: TurnState[] = [];
  for (let i = 0; i < Math.round(ms / VAD_FRAME_MS); i++) if (detector.push(probability)) seen.push(detector.state);
  return seen;
}

function afterSpeech(): EndOfTurnDetector {
  const detector = new EndOfTurnDetector();
  feed(detector, 1_000, SILENCE);
  feed(detector, 2_000, SPEECH);
  expect(detector.state.phase).toBe("speaking");
  return detector;
}

describe("EndOfTurnDetector", () => {
  it("ends the answer after 3 s of silence following speech", () => {
    const detector = afterSpeech();
    feed(detector, 3_008, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("keeps the answer open after 2.9 s of silence", () => {
    const detector = afterSpeech();
    feed(detector, 2_900, SILENCE);
    expect(detector.state.phase).toBe("countdown");
  });

  it("counts down the last second and a half in whole seconds, not in shorter pauses", () => {
    const detector = afterSpeech();
    const phases = feed(detector, 3_008, SILENCE).map((s) => (s.phase === "countdown" ? `countdown ${s.secondsLeft}` : s.phase));
    expect(phases).toEqual(["pause", "countdown 2", "countdown 1", "ended"]);
  });

  it("cancels the countdown when the candidate speaks again, and restarts the patience after", () => {
    const detector = afterSpeech();
    feed(detector, 2_500, SILENCE);
    expect(detector.state.phase).toBe("countdown");
    feed(detector, 500, SPEECH);
    expect(detector.state.phase).toBe("speaking");
    feed(detector, 2_900, SILENCE);
    expect(detector.state.phase).toBe("countdown");
    feed(detector, 200, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("follows the patience it is given", () => {
    const detector = new EndOfTurnDetector({ patienceMs: 8_000 });
    feed(detector, 1_000, SPEECH);
    feed(detector, 7_900, SILENCE);
    expect(detector.state.phase).toBe("countdown");
    feed(detector, 200, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("never ends a thinking pause before the first words: it prompts after 20 s and goes on waiting", () => {
    const detector = new EndOfTurnDetector();
    feed(detector, 19_900, SILENCE);
    expect(detector.state).toEqual({ phase: "waiting", secondsLeft: 0, prompt: false });
    feed(detector, 200, SILENCE);
    expect(detector.state).toEqual({ phase: "waiting", secondsLeft: 0, prompt: true });
    feed(detector, 240_000, SILENCE);
    expect(detector.state.phase).toBe("waiting");
    feed(detector, 500, SPEECH);
    expect(detector.state).toEqual({ phase: "speaking", secondsLeft: 0, prompt: false });
  });

  it("gives the pause ten more seconds when the candidate is still thinking", () => {
    const detector = afterSpeech();
    feed(detector, 2_500, SILENCE);
    expect(detector.stillThinking()).toBe(true);
    expect(detector.state.phase).toBe("pause");
    feed(detector, 12_900, SILENCE);
    expect(detector.state.phase).toBe("countdown");
    feed(detector, 200, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("gives back the usual patience once the candidate speaks after thinking", () => {
    const detector = afterSpeech();
    feed(detector, 2_000, SILENCE);
    detector.stillThinking();
    feed(detector, 500, SPEECH);
    feed(detector, 3_008, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("does not take a 100 ms blip for speech: nothing said yet stays nothing said", () => {
    const detector = new EndOfTurnDetector();
    feed(detector, 1_000, SILENCE);
    feed(detector, 100, SPEECH);
    feed(detector, 10_000, SILENCE);
    expect(detector.state.phase).toBe("waiting");
  });

  it("does not let a 100 ms blip in the countdown cancel it", () => {
    const detector = afterSpeech();
    feed(detector, 2_000, SILENCE);
    feed(detector, 100, SPEECH);
    feed(detector, 900, SILENCE);
    expect(detector.state.phase).toBe("ended");
  });

  it("holds the end back while a sound may still become words", () => {
    const detector = afterSpeech();
    feed(detector, 2_900, SILENCE);
    feed(detector, 192, SPEECH);
    expect(detector.state.phase).toBe("countdown");
    feed(detector, 64, SPEECH);
    expect(detector.state.phase).toBe("speaking");
  });

  it("keeps speech through a dip above the lower threshold (hysteresis)", () => {
    const detector = afterSpeech();
    feed(detector, 3_200, 0.4);
    expect(detector.state.phase).toBe("speaking");
    const waiting = new EndOfTurnDetector();
    feed(waiting, 3_200, 0.4);
    expect(waiting.state.phase).toBe("waiting");
  });

  it("stays ended", () => {
    const detector = afterSpeech();
    feed(detector, 3_008, SILENCE);
    expect(feed(detector, 1_000, SPEECH)).toEqual([]);
    expect(detector.stillThinking()).toBe(false);
    expect(detector.state.phase).toBe("ended");
  });

  describe("with what the words say", () => {
    it("ends a pause after finished words in about a second", () => {
      const detector = afterSpeech();
      feed(detector, 800, SILENCE);
      expect(detector.wordsSay("finished", detector.pause)).toBe(false);
      expect(detector.state.phase).toBe("pause");
      feed(detector, 224, SILENCE);
      expect(detector.state.phase).toBe("ended");
    });

    it("ends at once when the verdict comes after a second of silence", () => {
      const detector = afterSpeech();
      feed(detector, 1_800, SILENCE);
      expect(detector.wordsSay("finished", detector.pause)).toBe(true);
      expect(detector.state.phase).toBe("ended");
    });

    it("waits up to 11 s after unfinished words, counting down only the last 3 s", () => {
      const detector = afterSpeech();
      feed(detector, 1_000, SILENCE);
      detector.wordsSay("unfinished", detector.pause);
      const phases = feed(detector, 10_100, SILENCE).map((s) => (s.phase === "countdown" ? `countdown ${s.secondsLeft}` : s.phase));
      expect(phases).toEqual(["countdown 3", "countdown 2", "countdown 1", "ended"]);
    });

    it("keeps the candidate's patience when it is longer than the words ask, or unsure", () => {
      const patient = afterSpeech();
      const detector = new EndOfTurnDetector({ patienceMs: 12_000 });
      feed(detector, 2_000, SPEECH);
      feed(detector, 500, SILENCE);
      detector.wordsSay("unfinished", detector.pause);
      feed(detector, 11_000, SILENCE);
      expect(detector.state.phase).toBe("countdown");
      feed(patient, 500, SILENCE);
      patient.wordsSay("unsure", patient.pause);
      feed(patient, 2_400, SILENCE);
      expect(patient.state.phase).toBe("countdown");
    });

    it("applies a verdict only to the pause it was given for, and forgets it when speech resumes", () => {
      const detector = afterSpeech();
      feed(detector, 500, SILENCE);
      const first = detector.pause;
      expect(first).toBeGreaterThan(0);
      detector.wordsSay("unfinished", first);
      feed(detector, 1_000, SPEECH);
      expect(detector.pause).toBe(0);
      feed(detector, 500, SILENCE);
      // A late verdict for the pause before: ignored, this pause keeps the patience.
      expect(detector.wordsSay("finished", first)).toBe(false);
      feed(detector, 2_600, SILENCE);
      expect(detector.state.phase).toBe("ended");
    });

    it("waits in the pause a segment was cut in for the transcript covering that segment", () => {
      const detector = afterSpeech();
      feed(detector, 700, SILENCE);
      detector.segmentSent(2);
      // A transcript of the first segment only says nothing of this pause.
      expect(detector.transcribed(1, "finished")).toBe(false);
      feed(detector, 4_000, SILENCE);
      expect(detector.state.phase).toBe("pause");
      expect(detector.transcribed(2, "finished")).toBe(true);
      expect(detector.state.phase).toBe("ended");
    });

    it("ignores a segment sent while the candidate speaks: its transcript sets no pause", () => {
      const detector = afterSpeech();
      expect(detector.segmentSent(1)).toBe(false);
      feed(detector, 1_500, SILENCE);
      expect(detector.transcribed(1, "finished")).toBe(false);
      feed(detector, 1_600, SILENCE);
      expect(detector.state.phase).toBe("ended");
    });

    it("holds a pause while the transcript of the words before it is on its way, then applies it", () => {
      const detector = afterSpeech();
      feed(detector, 700, SILENCE);
      detector.wordsSay("pending", detector.pause);
      feed(detector, 4_000, SILENCE);
      expect(detector.state.phase).toBe("pause");
      // Unsure after all: past the patience already, so it ends now.
      expect(detector.wordsSay("unsure", detector.pause)).toBe(true);
      expect(detector.state.phase).toBe("ended");
    });
  });
});

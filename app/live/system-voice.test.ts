// Tests which of the browser's voices the offline interviewer speaks with (none, late, chosen, English first),
// and saying a sentence with one: its settings, its end, and failures told apart from being stopped.
import { describe, expect, it } from "vitest";
import { chooseSystemVoice, englishVoices, systemSpeech, watchSystemVoices, type Synth } from "./system-voice";

// Node has no Web Speech: plain objects with the fields the code reads stand in for the browser's.
const voice = (name: string, lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ name, lang, default: false, localService: true, voiceURI: name, ...extra }) as SpeechSynthesisVoice;

class FakeSynth {
  voices: SpeechSynthesisVoice[] = [];
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  private listeners = new Set<() => void>();
  getVoices() {
    return this.voices;
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancelled++;
  }
  addEventListener(_: "voiceschanged", listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_: "voiceschanged", listener: () => void) {
    this.listeners.delete(listener);
  }
  /** The browser's list arrives, as Chrome's does a moment after the page loads. */
  arrive(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }
}

const utterance = () => ({ text: "", voice: null, lang: "", rate: 1, volume: 1, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;
const asSynth = (fake: FakeSynth) => fake as unknown as Synth;
const end = (u: SpeechSynthesisUtterance) => u.onend!.call(u, {} as SpeechSynthesisEvent);
const fail = (u: SpeechSynthesisUtterance, error: string) => u.onerror!.call(u, { error } as SpeechSynthesisErrorEvent);

describe("system voices", () => {
  it("offers English voices only: the default first, then voices on this device, US and British English, then by name", () => {
    const voices = [
      voice("Remote US", "en-US", { localService: false }),
      voice("Zira", "en-US"),
      voice("Amelie", "fr-FR", { default: true }),
      voice("Karen", "en-AU"),
      voice("Daniel", "en_GB"),
      voice("Alex", "en-US"),
      voice("Moira", "en-IE", { default: true }),
    ];
    expect(englishVoices(voices).map((v) => v.name)).toEqual(["Moira", "Alex", "Zira", "Daniel", "Karen", "Remote US"]);
  });

  it("speaks with the chosen voice when the browser has it, else the first English one, else none", () => {
    const voices = [voice("Amelie", "fr-FR"), voice("Daniel", "en-GB")];
    expect(chooseSystemVoice(voices, "Amelie")?.name).toBe("Amelie");
    expect(chooseSystemVoice(voices, "Gone")?.name).toBe("Daniel");
    expect(chooseSystemVoice(voices, null)?.name).toBe("Daniel");
    expect(chooseSystemVoice([voice("Amelie", "fr-FR")], null)).toBeNull();
    expect(chooseSystemVoice([], "Daniel")).toBeNull();
  });

  it("hears of voices that arrive late, until it stops watching", () => {
    const synth = new FakeSynth();
    const seen: string[][] = [];
    const stop = watchSystemVoices(asSynth(synth), (voices) => seen.push(voices.map((v) => v.name)));
    expect(seen).toEqual([[]]);
    synth.arrive([voice("Daniel", "en-GB")]);
    expect(seen).toEqual([[], ["Daniel"]]);
    stop();
    synth.arrive([]);
    expect(seen).toHaveLength(2);
  });

  it("says a sentence with the voice and the listener's settings, and resolves when it ends", async () => {
    const synth = new FakeSynth();
    const daniel = voice("Daniel", "en-GB");
    const speech = systemSpeech(asSynth(synth), daniel, utterance);
    const said = speech.say("Hello.", { muted: false, volume: 0.5, rate: 1.25 });
    expect(synth.spoken[0]).toMatchObject({ text: "Hello.", voice: daniel, lang: "en-GB", volume: 0.5, rate: 1.25 });
    end(synth.spoken[0]!);
    await expect(said).resolves.toBeUndefined();
    void speech.say("Muted.", { muted: true, volume: 1, rate: 1 });
    expect(synth.spoken[1]!.volume).toBe(0);
  });

  it("rejects when the voice fails, and not when it was stopped", async () => {
    const synth = new FakeSynth();
    const speech = systemSpeech(asSynth(synth), voice("Daniel", "en-GB"), utterance);
    const failed = speech.say("One.", { muted: false, volume: 1, rate: 1 });
    fail(synth.spoken[0]!, "synthesis-failed");
    await expect(failed).rejects.toThrow("synthesis-failed");
    let settled = false;
    void speech.say("Two.", { muted: false, volume: 1, rate: 1 }).finally(() => (settled = true));
    speech.stop();
    fail(synth.spoken[1]!, "interrupted");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(synth.cancelled).toBe(1);
    expect(settled).toBe(false);
  });
});

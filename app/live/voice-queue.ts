// Plays the interviewer's spoken sentences in order through one media element, as they arrive: the room's
// interviewer-voice component drives it. No React here, so the order and the captions can be tested in Node.
import type { SpokenSentence } from "../../worker/protocol/socket";
import type { SentenceSpeech } from "./system-voice";

/** What the queue needs of an HTMLAudioElement (a fake in tests). */
export interface VoiceMedia {
  src: string;
  muted: boolean;
  volume: number;
  playbackRate: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: "ended" | "error", listener: () => void): void;
  removeEventListener(type: "ended" | "error", listener: () => void): void;
}

/**
 * idle: nothing to say; speaking: `sentence` is playing; waiting: the next sentence is not spoken yet;
 * blocked: the browser refused to play without a click (autoplay policy), `sentence` is next;
 * interrupted: stopped by the candidate speaking, in sentence `index` of `messageId` (said up to it, not from it).
 */
export type VoiceState =
  | { kind: "idle" }
  | { kind: "interrupted"; messageId: string; index: number }
  | { kind: "speaking"; sentence: SpokenSentence }
  | { kind: "waiting"; messageId: string }
  | { kind: "blocked"; sentence: SpokenSentence };

/** Listener settings, kept by the room across interviews. `rate` multiplies the speed (0.5 to 2). */
export interface VoiceSettings {
  muted: boolean;
  /** 0 (silent) to 1 (as recorded). */
  volume: number;
  rate: number;
}

export const DEFAULT_VOICE_SETTINGS: VoiceSettings = { muted: false, volume: 1, rate: 1 };

export class VoiceQueue {
  private sentences: SpokenSentence[] = [];
  private messageId: string | null = null;
  private next = 0;
  private state: VoiceState = { kind: "idle" };
  private settings: VoiceSettings = DEFAULT_VOICE_SETTINGS;
  /** The browser's own voice, when one speaks instead of the server's audio (see useSpeech). */
  private speech: SentenceSpeech | null = null;
  /** The line whose system voice failed: the server's audio says the rest of it. */
  private speechFailedFor: string | null = null;
  // Audio that cannot be played is skipped like audio that ended: its words are on screen.
  private readonly advanceListener = () => this.advance();

  constructor(
    private readonly media: VoiceMedia,
    /** The audio's address: GET /api/v1/interviews/:id/messages/:messageId/speech/:index. */
    private readonly urlOf: (sentence: SpokenSentence) => string,
    private readonly onChange: (state: VoiceState) => void,
  ) {
    media.addEventListener("ended", this.advanceListener);
    media.addEventListener("error", this.advanceListener);
  }

  /** Stops and lets go of the media element. */
  dispose(): void {
    this.stop();
    this.media.removeEventListener("ended", this.advanceListener);
    this.media.removeEventListener("error", this.advanceListener);
  }

  /** Every sentence known so far (of all messages); the ones of the message being said are played in order. */
  update(sentences: SpokenSentence[]): void {
    this.sentences = sentences;
    if (this.state.kind === "waiting") this.playNext();
  }

  /**
   * Speaks with the browser's own voice from the next sentence on (null: the server's audio). Sentences are still
   * taken from update(), so captions and order stay the same; a line whose system voice fails goes on with the audio.
   */
  useSpeech(speech: SentenceSpeech | null): void {
    this.speech?.stop();
    this.speech = speech;
  }

  /** Says `messageId` from its first sentence, stopping whatever was being said. */
  say(messageId: string): void {
    this.media.pause();
    this.speech?.stop();
    this.speechFailedFor = null;
    this.messageId = messageId;
    this.next = 0;
    this.playNext();
  }

  /** Stops talking: the candidate started answering, or left. A line cut short is marked where it stopped. */
  stop(): void {
    this.media.pause();
    this.speech?.stop();
    const cut = this.state.kind === "speaking" || this.state.kind === "blocked" ? this.state.sentence : null;
    // Waiting may also follow a line's last sentence: the room tells that apart by the line's sentence count.
    const pending = this.state.kind === "waiting" ? this.messageId : null;
    this.messageId = null;
    if (cut) this.set({ kind: "interrupted", messageId: cut.messageId, index: cut.index });
    else if (pending !== null) this.set({ kind: "interrupted", messageId: pending, index: this.next });
    else this.set({ kind: "idle" });
  }

  /** Plays the sentence the browser refused to play on its own; call it from a click. */
  resume(): void {
    if (this.state.kind === "blocked") this.start(this.state.sentence);
  }

  configure(settings: VoiceSettings): void {
    this.settings = settings;
    this.media.muted = settings.muted;
    this.media.volume = settings.volume;
    this.media.playbackRate = settings.rate;
  }

  current(): VoiceState {
    return this.state;
  }

  private advance(): void {
    if (this.state.kind !== "speaking") return;
    this.next = this.state.sentence.index + 1;
    this.playNext();
  }

  private playNext(): void {
    const messageId = this.messageId;
    if (messageId === null) return this.set({ kind: "idle" });
    // Sentences without audio are skipped (their words are already on screen), unless the browser says them.
    let sentence = this.find(messageId, this.next);
    while (sentence?.status === "failed" && !this.systemSays(messageId)) sentence = this.find(messageId, ++this.next);
    if (!sentence) return this.set({ kind: "waiting", messageId });
    this.start(sentence);
  }

  private systemSays(messageId: string): boolean {
    return this.speech !== null && this.speechFailedFor !== messageId;
  }

  private start(sentence: SpokenSentence): void {
    if (this.systemSays(sentence.messageId)) return this.startSpeech(this.speech!, sentence);
    this.media.src = this.urlOf(sentence);
    // Setting src resets the rate to the default; the listener's settings apply to every sentence.
    this.configure(this.settings);
    this.set({ kind: "speaking", sentence });
    this.media.play().catch((error: unknown) => {
      if (this.state.kind !== "speaking" || this.state.sentence !== sentence) return;
      if (error instanceof DOMException && error.name === "NotAllowedError") this.set({ kind: "blocked", sentence });
      else if (!(error instanceof DOMException && error.name === "AbortError")) this.advance();
    });
  }

  private startSpeech(speech: SentenceSpeech, sentence: SpokenSentence): void {
    this.set({ kind: "speaking", sentence });
    const current = () => this.state.kind === "speaking" && this.state.sentence === sentence;
    speech.say(sentence.text, this.settings).then(
      () => {
        if (current()) this.advance();
      },
      () => {
        if (!current()) return;
        // The browser's voice failed: the server's audio says this sentence and the rest of the line.
        this.speechFailedFor = sentence.messageId;
        if (sentence.status === "failed") this.advance();
        else this.start(sentence);
      },
    );
  }

  private find(messageId: string, index: number): SpokenSentence | undefined {
    return this.sentences.find((s) => s.messageId === messageId && s.index === index);
  }

  private set(state: VoiceState): void {
    this.state = state;
    this.onChange(state);
  }
}

// Records a spoken answer and streams it: opens the microphone on first use, judges each moment for
// speech and cuts segments at speech boundaries (app/audio), and hands each finished segment to the
// live connection straight away. An answer in which nothing was heard is not sent at all. Hands-free,
// the answer also ends by itself after a pause (app/audio/vad/end-of-turn.ts).
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerRecorder, SEGMENT_MIME_TYPE, type AnswerSegment } from "../audio/answer-recorder";
import { HEARD_NOTHING_VOICED_MS } from "../audio/vad/segmenter";
import { createCaptureContext } from "../audio/capture/pcm-capture";
import { microphonePermission, openMicrophone, releaseMicrophone } from "../audio/microphone";
import { loadBrowserVad, preloadBrowserVad } from "../audio/vad/browser-vad";
import { EndOfTurnDetector, type TurnState } from "../audio/vad/end-of-turn";
import { OVER_LINE_SEGMENTS } from "./barge-in";
import type { TurnWords } from "../../worker/protocol/socket";
import type { LiveConnection } from "./live-connection";

export type VoiceState =
  | { phase: "idle" }
  | { phase: "starting" }
  /** `overLine`: started by the turn while the interviewer may still be talking, so barge-in checks it (use-barge-in.ts). */
  | { phase: "recording"; answerId: string; attemptOf: string | undefined; overLine: boolean }
  | { phase: "stopping" }
  | { phase: "unavailable"; message: string };

/** How often the audio since the last cut is kept in the browser while recording, ms: at most this is lost in a crash. */
const KEEP_TAIL_MS = 1_000;

/** How answers end: hands-free ones by themselves after `patienceMs` of silence following words, others on Done. */
export interface TurnTaking {
  handsFree: boolean;
  patienceMs: number;
}

/** An answer started without a click gets this long for the browser to let its audio run, ms (it usually takes a few). */
const AUTO_START_AUDIO_MS = 1_500;

/** End-to-end tests turn the browser's voice processing off for undistorted fake-microphone audio. */
const rawCapture = () => new URLSearchParams(location.search).has("rawAudio");

export function useVoiceAnswer(connection: LiveConnection | null, turnTaking: TurnTaking = { handsFree: false, patienceMs: 0 }) {
  const [state, setState] = useState<VoiceState>({ phase: "idle" });
  const [level, setLevel] = useState(0);
  const [speaking, setSpeaking] = useState(false);
  /**
   * The last answer this page ended or discarded itself: until the server's word comes back it is still "recording"
   * there, and must not pass for one a reload interrupted.
   */
  const [closedAnswerId, setClosedAnswerId] = useState<string | null>(null);
  /** Words have been heard in this answer: a silence after them is a pause, not a microphone that hears nothing. */
  const [heardSpeech, setHeardSpeech] = useState(false);
  const [limitReached, setLimitReached] = useState(false);
  /** Speech judged by loudness because the voice-activity model could not load. */
  const [roughDetection, setRoughDetection] = useState(false);
  /** The last answer had no speech in it, so it was not sent. */
  const [heardNothing, setHeardNothing] = useState(false);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<AnswerRecorder | null>(null);
  /** stop() came while the microphone was still starting (a quick tap of push-to-talk): stop once it runs. */
  const stopWhenStarted = useRef(false);
  /** Tells the server the current answer is abandoned, if it has heard of it. */
  const discardAnswer = useRef<() => void>(() => undefined);
  /** Where a hands-free answer stands (null for answers that end on Done), and what decides it. */
  const [turn, setTurn] = useState<TurnState | null>(null);
  const endOfTurn = useRef<EndOfTurnDetector | null>(null);
  /** While set, a pause does not end the answer (barge-in is still checking whose voice it heard); see holdEnd. */
  const endHeld = useRef(false);
  /** The answer the end-of-turn detector is judging: transcripts of others say nothing of its pauses. */
  const turnAnswerId = useRef<string | null>(null);
  const stopCurrent = useRef<() => Promise<void>>(() => Promise.resolve());
  /** The browser would not run audio without a click, so an answer started by itself could not listen. */
  const [needsClick, setNeedsClick] = useState(false);
  const turnTakingNow = useRef(turnTaking);
  useEffect(() => {
    turnTakingNow.current = turnTaking;
  });

  // The voice-activity model takes seconds to load the first time: load it while the interviewer
  // speaks, unless the candidate has refused the microphone.
  useEffect(() => {
    void microphonePermission().then((state) => state !== "denied" && preloadBrowserVad());
  }, []);

  useEffect(
    () => () => {
      recorder.current?.cancel();
      if (stream.current) releaseMicrophone(stream.current);
    },
    [],
  );

  /**
   * Starts an answer; with `attemptOf`, an attempt at that question from the report. `auto`: started by
   * the candidate's turn coming, not by a click (hands-free); it gives up quietly if the browser will
   * not run audio without a click, and sets needsClick. `manual`: only stop() ends it, even hands-free
   * (push-to-talk). `overLine`: it may start while the interviewer is still talking, so its first words are
   * sent soon for barge-in's check (OVER_LINE_SEGMENTS).
   */
  const start = useCallback(
    async (attemptOf?: string, { auto = false, manual = false, overLine = false }: { auto?: boolean; manual?: boolean; overLine?: boolean } = {}) => {
      if (!connection) return;
      // Safari starts audio only inside the click that asked for it: create the context before any await.
      let context: AudioContext;
      try {
        context = createCaptureContext();
      } catch {
        return setState({ phase: "unavailable", message: "This browser cannot record audio. Please type your answer instead." });
      }
      const resumed = context.resume().catch(() => undefined);
      setState({ phase: "starting" });
      setLimitReached(false);
      setHeardNothing(false);
      setHeardSpeech(false);
      setNeedsClick(false);
      stopWhenStarted.current = false;
      if (auto) {
        await Promise.race([resumed, new Promise((resolve) => setTimeout(resolve, AUTO_START_AUDIO_MS))]);
        if (context.state !== "running") {
          void context.close();
          setNeedsClick(true);
          return setState({ phase: "idle" });
        }
      }
      if (!stream.current) {
        const mic = await openMicrophone({ processing: !rawCapture() });
        if (!mic.ok) {
          void context.close();
          return setState({ phase: "unavailable", message: mic.message });
        }
        stream.current = mic.stream;
      }

      const answerId = crypto.randomUUID();
      // An answer the turn started by itself is announced with its first words, so a candidate still thinking
      // leaves no empty answer behind; one the candidate started is announced at once (attempts show it as listening).
      let announced = false;
      const announce = () => {
        if (!announced) connection.startAnswer(answerId, SEGMENT_MIME_TYPE, attemptOf);
        announced = true;
      };
      if (!auto) announce();
      /** Segments sent so far: silence before the first words is not sent, so these count from 0 at the first words. */
      let sent = 0;
      // Blob reads finish in any order; chaining keeps segments going out in index order.
      let sending = Promise.resolve();
      const finish = () => {
        recorder.current = null;
        endOfTurn.current = null;
        setTurn(null);
        setLevel(0);
        setSpeaking(false);
        void context.close();
        setState((current) => (current.phase === "unavailable" ? current : { phase: "idle" }));
      };
      const deliver = async (segment: AnswerSegment) => {
        if (sent === 0 && segment.voicedMs < HEARD_NOTHING_VOICED_MS) {
          if (!segment.final) return; // silence (or a click) before the answer: never sent
          // The whole answer was silence: there is nothing to keep.
          if (announced) connection.cancelAnswer(answerId);
          setClosedAnswerId(answerId);
          setHeardNothing(true);
          return finish();
        }
        const audio = new Uint8Array(await segment.blob.arrayBuffer());
        announce();
        connection.sendSegment(answerId, { ...segment, index: sent++ }, audio);
        // Cut in a pause that still goes on: everything said before it is on its way to speech-to-text.
        const detector = endOfTurn.current;
        if (detector?.segmentSent(sent)) setTurn(detector.state);
        if (!segment.final) return;
        connection.endAnswer(answerId, sent, active.speech);
        setClosedAnswerId(answerId);
        finish();
      };
      const active = new AnswerRecorder(stream.current, context, {
        loadDetector: loadBrowserVad,
        segmenter: overLine ? OVER_LINE_SEGMENTS : undefined,
        onSegment: (segment) => {
          sending = sending.then(() => deliver(segment));
        },
        onLevel: setLevel,
        onSpeaking: (now) => {
          setSpeaking(now);
          if (now) setHeardSpeech(true);
        },
        onVoiceProbability: (probability) => {
          const detector = endOfTurn.current;
          if (recorder.current !== active || !detector?.push(probability)) return;
          setTurn(detector.state);
          if (detector.state.phase === "ended" && !endHeld.current) void stopActive();
        },
        onVoiceDetectionFallback: (error) => {
          console.warn("Voice activity model unavailable; judging speech by loudness", error);
          setRoughDetection(true);
        },
        onLimitReached: () => setLimitReached(true),
        onError: (error) => {
          if (error.kind === "recording") finish();
          setState({ phase: "unavailable", message: error.message });
        },
      });
      const stopActive = async () => {
        if (recorder.current !== active) return;
        setState({ phase: "stopping" });
        await active.stop();
      };
      stopCurrent.current = stopActive;
      endHeld.current = false;
      const { handsFree, patienceMs } = turnTakingNow.current;
      endOfTurn.current = handsFree && !manual ? new EndOfTurnDetector({ patienceMs }) : null;
      turnAnswerId.current = answerId;
      setTurn(endOfTurn.current?.state ?? null);
      recorder.current = active;
      discardAnswer.current = () => {
        if (announced) connection.cancelAnswer(answerId);
        setClosedAnswerId(answerId);
      };
      setState({ phase: "recording", answerId, attemptOf, overLine });
      // The audio since the last cut is kept in the browser about once a second, and when the page goes away, so a
      // reload or a crash mid-answer loses at most that second (live-connection.ts keepTail).
      // Synchronous up to IndexedDB's put, so that it also runs as the page goes away.
      const keepTail = () => {
        const tail = active.unsent();
        if (!tail || (sent === 0 && tail.voicedMs < HEARD_NOTHING_VOICED_MS)) return;
        announce();
        connection.keepTail(answerId, { ...tail, index: sent }, tail.wav);
      };
      const keeping = setInterval(() => {
        if (recorder.current !== active) {
          clearInterval(keeping);
          removeEventListener("pagehide", keepNow);
        } else keepTail();
      }, KEEP_TAIL_MS);
      const keepNow = () => keepTail();
      addEventListener("pagehide", keepNow);
      await active.start();
      if (stopWhenStarted.current) await stopActive();
    },
    [connection],
  );

  const stop = useCallback(async () => {
    if (!recorder.current) {
      stopWhenStarted.current = true;
      return;
    }
    setState({ phase: "stopping" });
    await recorder.current.stop();
  }, []);

  const discard = useCallback(() => {
    if (state.phase !== "recording" || !connection) return;
    recorder.current?.cancel();
    recorder.current = null;
    endOfTurn.current = null;
    discardAnswer.current();
    setTurn(null);
    setLevel(0);
    setSpeaking(false);
    setState({ phase: "idle" });
  }, [connection, state]);

  /**
   * The newest transcript of answer `answerId` covers its first `segments` segments, and its words read as `words`
   * (worker/live/end-of-turn/words.ts). When that is everything said before the pause going on now, the pause ends
   * the answer sooner (finished) or later (unfinished); see EndOfTurnDetector.wordsSay.
   */
  const wordsSay = useCallback((answerId: string, segments: number, words: TurnWords) => {
    const detector = endOfTurn.current;
    if (!detector || turnAnswerId.current !== answerId || !detector.transcribed(segments, words)) return;
    setTurn(detector.state);
    if (detector.state.phase === "ended" && !endHeld.current) void stopCurrent.current();
  }, []);

  /** "I'm still thinking": the current pause of a hands-free answer may last longer (see EndOfTurnDetector.stillThinking). */
  const stillThinking = useCallback(() => {
    const detector = endOfTurn.current;
    if (detector?.stillThinking()) setTurn(detector.state);
  }, []);

  /**
   * Holds a hands-free answer open past its pause while `hold` is true; on release, an answer whose pause is
   * already over ends at once.
   */
  const holdEnd = useCallback((hold: boolean) => {
    endHeld.current = hold;
    if (!hold && endOfTurn.current?.state.phase === "ended") void stopCurrent.current();
  }, []);

  /** The answer is no longer heard over the interviewer: its first words are cut as any answer's (see start's overLine). */
  const dropQuickFirst = useCallback(() => recorder.current?.dropQuickFirst(), []);

  /** The microphone is already open in this page (so a hands-free answer can start without asking). */
  const microphoneOpen = useCallback(() => stream.current !== null, []);

  return {
    state,
    level,
    speaking,
    heardSpeech,
    closedAnswerId,
    limitReached,
    roughDetection,
    heardNothing,
    turn,
    needsClick,
    start,
    stop,
    discard,
    stillThinking,
    wordsSay,
    holdEnd,
    dropQuickFirst,
    microphoneOpen,
  };
}

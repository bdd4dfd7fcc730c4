// Records a spoken answer and streams it: opens the microphone on first use, judges each moment for
// speech and cuts segments at speech boundaries (app/audio), and hands each finished segment to the
// live connection straight away. An answer in which nothing was heard is not sent at all. Hands-free,
// the answer also ends by itself after a pause (app/audio/vad/end-of-turn.ts), and the microphone goes on listening
// until the next line: a candidate who was not done after all goes on with the same answer (answer_resume), whether
// they speak again before the interviewer does (a continuation) or over its next line's first seconds (rejoin).
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerRecorder, SEGMENT_MIME_TYPE, type AnswerSegment } from "../audio/answer-recorder";
import { HEARD_NOTHING_VOICED_MS } from "../audio/vad/segmenter";
import { createCaptureContext } from "../audio/capture/pcm-capture";
import { microphonePermission, openMicrophone, releaseMicrophone } from "../audio/microphone";
import { loadBrowserVad, preloadBrowserVad } from "../audio/vad/browser-vad";
import { EndOfTurnDetector, type TurnState } from "../audio/vad/end-of-turn";
import { joinSpeechTimings } from "../audio/vad/speech-timeline";
import type { SpeechTiming } from "../../worker/protocol/feedback";
import { OVER_LINE_SEGMENTS } from "./barge-in";
import type { TurnWords } from "../../worker/protocol/socket";
import type { LiveConnection, SegmentInfo } from "./live-connection";

export type VoiceState =
  | { phase: "idle" }
  | { phase: "starting" }
  /**
   * Listening on after a hands-free answer ended by itself, until the next line: nothing is sent, and the room shows
   * nothing of it, unless the candidate speaks again (then it records that answer again: "recording", resumed).
   */
  | { phase: "continuing" }
  /**
   * `overLine`: started by the turn while the interviewer may still be talking, so barge-in checks it (use-barge-in.ts).
   * `resumed`: the answer had ended and goes on (the interviewer's line after it is withdrawn).
   */
  | { phase: "recording"; answerId: string; attemptOf: string | undefined; overLine: boolean; resumed: boolean }
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

/**
 * An interview answer this page ended: what going on with it needs. `startedAt`: performance.now() when its first
 * part began recording (its speech times count from there); `byTurn`: the pause ended it (hands-free), not a click.
 */
interface EndedAnswer {
  answerId: string;
  sent: number;
  speech: SpeechTiming | null;
  startedAt: number;
  byTurn: boolean;
}

/**
 * Segments of an answer begun over the next line are kept this long, ms, so that they can be sent again under the
 * answer they turn out to continue (rejoin); that is decided within seconds of the line starting.
 */
const REJOIN_KEEP_MS = 15_000;

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
  /** The segments already sent of the answer being judged (turnAnswerId): a continuation's count from its first part. */
  const turnBase = useRef(0);
  const stopCurrent = useRef<() => Promise<void>>(() => Promise.resolve());
  /** The interview answer this page ended last, while nothing newer has been said. */
  const lastEnded = useRef<EndedAnswer | null>(null);
  /** Drops a continuation that has heard nothing (the next line is here); null when none listens. */
  const dropContinuation = useRef<(() => void) | null>(null);
  /** Makes the answer recording now the continuation of lastEnded (see rejoin); null when it cannot be. */
  const rejoinCurrent = useRef<((earlier: EndedAnswer) => void) | null>(null);
  const startNow = useRef<typeof start | null>(null);
  /** Counts calls of start, so a continuation can tell that another answer started while it was starting. */
  const starts = useRef(0);
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
   * sent soon for barge-in's check (OVER_LINE_SEGMENTS). `continueFrom`: listen on for more of that answer, which
   * ended by itself (the "continuing" phase); started by the hook itself, never by the room.
   */
  const start = useCallback(
    async (
      attemptOf?: string,
      {
        auto = false,
        manual = false,
        overLine = false,
        continueFrom,
      }: { auto?: boolean; manual?: boolean; overLine?: boolean; continueFrom?: EndedAnswer } = {},
    ) => {
      if (!connection) return;
      // The next line is here (or the candidate clicked): a continuation that heard nothing gives way.
      dropContinuation.current?.();
      const continuing = continueFrom !== undefined;
      const generation = ++starts.current;
      /** A continuation still starting when another answer starts is not needed any more. */
      const superseded = () => continuing && starts.current !== generation;
      // Safari starts audio only inside the click that asked for it: create the context before any await.
      let context: AudioContext;
      try {
        context = createCaptureContext();
      } catch {
        return setState({ phase: "unavailable", message: "This browser cannot record audio. Please type your answer instead." });
      }
      const resumed = context.resume().catch(() => undefined);
      setState(continuing ? { phase: "continuing" } : { phase: "starting" });
      if (!continuing) {
        setLimitReached(false);
        setHeardNothing(false);
        setHeardSpeech(false);
        setNeedsClick(false);
      }
      stopWhenStarted.current = false;
      if (auto) {
        await Promise.race([resumed, new Promise((resolve) => setTimeout(resolve, AUTO_START_AUDIO_MS))]);
        if (superseded()) return void context.close();
        if (context.state !== "running") {
          void context.close();
          // A continuation is never asked for: without running audio there is simply none.
          if (!continuing) setNeedsClick(true);
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

      let answerId = continueFrom?.answerId ?? crypto.randomUUID();
      /** The answer this recording goes on with (its first part), or null for an answer of its own. */
      let earlier: EndedAnswer | null = continueFrom ?? null;
      /** performance.now() when this recording's audio began: its speech times count from there. */
      let startedAt = performance.now();
      // An answer the turn started by itself is announced with its first words, so a candidate still thinking
      // leaves no empty answer behind; one the candidate started is announced at once (attempts show it as listening).
      // A continuation is announced as a resume, at its first words, and only then does the room show it.
      let announced = false;
      /** From now on this recording is more of answer `ended`, which records again (answer_resume). */
      const resume = (ended: EndedAnswer) => {
        earlier = ended;
        answerId = ended.answerId;
        lastEnded.current = null;
        connection.resumeAnswer(answerId, SEGMENT_MIME_TYPE, ended.sent);
        turnAnswerId.current = answerId;
        turnBase.current = ended.sent;
        setState({ phase: "recording", answerId, attemptOf: undefined, overLine: false, resumed: true });
      };
      const announce = () => {
        if (announced) return;
        announced = true;
        if (!earlier) return connection.startAnswer(answerId, SEGMENT_MIME_TYPE, attemptOf);
        dropContinuation.current = null;
        resume(earlier);
        setHeardSpeech(true);
        setHeardNothing(false);
        setTurn(endOfTurn.current?.state ?? null);
      };
      /** Nothing of a continuation shows until its first words. */
      const shown = () => !continuing || announced;
      if (!auto) announce();
      /** Segments sent so far: silence before the first words is not sent, so these count from 0 at the first words. */
      let sent = 0;
      /** Segments sent so far of the answer this recording goes on with: this one's are numbered after them. */
      const base = () => earlier?.sent ?? 0;
      /** When the candidate spoke, over both parts of a continued answer. */
      const speechSoFar = (): SpeechTiming | null => {
        if (!earlier) return active.speech;
        return earlier.speech && joinSpeechTimings(earlier.speech, active.speech, startedAt - earlier.startedAt);
      };
      /** What was sent of an answer begun over a line, while it may yet turn out to continue the answer before (rejoin). */
      let keptForRejoin: { info: Omit<SegmentInfo, "index">; audio: Uint8Array }[] | null =
        overLine && auto && attemptOf === undefined ? [] : null;
      let keptMs = 0;
      /** The pause ended this answer (hands-free), not a click or the limit. */
      let endedByTurn = false;
      // Blob reads finish in any order; chaining keeps segments going out in index order.
      let sending = Promise.resolve();
      /** This recording has finished: finish may come twice (a dropped continuation, then its last segment). */
      let finished = false;
      const finish = () => {
        // A second finish must not touch the room's state: by then the next answer may be recording.
        if (finished) return;
        finished = true;
        recorder.current = null;
        endOfTurn.current = null;
        if (dropContinuation.current === dropSilently) dropContinuation.current = null;
        if (rejoinCurrent.current === rejoinTo) rejoinCurrent.current = null;
        setTurn(null);
        setLevel(0);
        setSpeaking(false);
        void context.close().catch(() => undefined);
        setState((current) => (current.phase === "unavailable" ? current : { phase: "idle" }));
      };
      const end = () => {
        const total = base() + sent;
        const speech = speechSoFar();
        connection.endAnswer(answerId, total, speech);
        setClosedAnswerId(answerId);
        if (attemptOf === undefined) {
          lastEnded.current = { answerId, sent: total, speech, startedAt: earlier?.startedAt ?? startedAt, byTurn: endedByTurn };
        }
        finish();
        // Hands-free, the microphone listens on until the next line, in case the candidate was not done.
        const ended = lastEnded.current;
        if (endedByTurn && ended?.answerId === answerId) void startNow.current?.(undefined, { auto: true, continueFrom: ended });
      };
      const deliver = async (segment: AnswerSegment) => {
        if (sent === 0 && segment.voicedMs < HEARD_NOTHING_VOICED_MS) {
          if (!segment.final) return; // silence (or a click) before the answer: never sent
          // A continuation that heard nothing leaves the answer as it ended; one that resumed it ends it again.
          if (continuing) return announced ? end() : finish();
          // The whole answer was silence: there is nothing to keep.
          if (announced) connection.cancelAnswer(answerId);
          setClosedAnswerId(answerId);
          setHeardNothing(true);
          return finish();
        }
        const audio = new Uint8Array(await segment.blob.arrayBuffer());
        announce();
        const info = { durationMs: segment.durationMs, voicedMs: segment.voicedMs, overlapMs: segment.overlapMs };
        if (keptForRejoin) {
          keptForRejoin.push({ info, audio });
          keptMs += info.durationMs;
          if (keptMs > REJOIN_KEEP_MS) keptForRejoin = null;
        }
        connection.sendSegment(answerId, { ...info, index: base() + sent++ }, audio);
        // Cut in a pause that still goes on: everything said before it is on its way to speech-to-text.
        const detector = endOfTurn.current;
        if (detector?.segmentSent(sent)) setTurn(detector.state);
        if (!segment.final) return;
        end();
      };
      /** A continuation that heard no words gives way to the next line's answer: nothing was sent, nothing is kept. */
      const dropSilently = () => {
        if (announced || recorder.current !== active) return;
        active.cancel();
        finish();
      };
      /**
       * The answer begun over the line turns out to go on with the one before it: it is withdrawn and what it sent is
       * sent again as the earlier answer's next segments (the server withdraws the line in between).
       */
      const rejoinTo = (ended: EndedAnswer) => {
        rejoinCurrent.current = null;
        // After the segments already on their way, so that every one of them is kept and sent again.
        sending = sending.then(() => {
          const kept = keptForRejoin;
          if (!kept || recorder.current !== active) return;
          keptForRejoin = null;
          if (announced) connection.cancelAnswer(answerId);
          announced = true;
          resume(ended);
          kept.forEach(({ info, audio }, i) => connection.sendSegment(answerId, { ...info, index: ended.sent + i }, audio));
        });
      };
      const active = new AnswerRecorder(stream.current, context, {
        loadDetector: loadBrowserVad,
        segmenter: overLine ? OVER_LINE_SEGMENTS : undefined,
        onSegment: (segment) => {
          sending = sending.then(() => deliver(segment));
        },
        onLevel: (now) => shown() && setLevel(now),
        onSpeaking: (now) => {
          if (!shown()) return;
          setSpeaking(now);
          if (now) setHeardSpeech(true);
        },
        onVoiceProbability: (probability) => {
          const detector = endOfTurn.current;
          if (recorder.current !== active || !detector?.push(probability)) return;
          // Words (not a click) heard by a continuation: the answer goes on.
          if (!announced && continuing && detector.state.phase !== "waiting") announce();
          if (shown()) setTurn(detector.state);
          if (detector.state.phase === "ended" && !endHeld.current) void stopActive(true);
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
      const stopActive = async (byTurn = false) => {
        if (recorder.current !== active) return;
        endedByTurn = byTurn && attemptOf === undefined;
        setState({ phase: "stopping" });
        await active.stop();
      };
      // Called when the words or the end of a hold end the answer: the turn ends it, as a pause does.
      stopCurrent.current = () => stopActive(true);
      endHeld.current = false;
      const { handsFree, patienceMs } = turnTakingNow.current;
      endOfTurn.current = handsFree && !manual ? new EndOfTurnDetector({ patienceMs }) : null;
      turnAnswerId.current = answerId;
      turnBase.current = base();
      recorder.current = active;
      // Reads the answer as it is then: a rejoin or a resume changes which answer this recording is.
      discardAnswer.current = () => {
        if (announced) connection.cancelAnswer(answerId);
        setClosedAnswerId(answerId);
      };
      if (continuing) dropContinuation.current = dropSilently;
      else {
        setTurn(endOfTurn.current?.state ?? null);
        // A new answer of the interview: the one before it is no longer the latest, unless this one rejoins it.
        if (attemptOf === undefined && !keptForRejoin) lastEnded.current = null;
        if (keptForRejoin) rejoinCurrent.current = rejoinTo;
        setState({ phase: "recording", answerId, attemptOf, overLine, resumed: false });
      }
      // The audio since the last cut is kept in the browser about once a second, and when the page goes away, so a
      // reload or a crash mid-answer loses at most that second (live-connection.ts keepTail).
      // Synchronous up to IndexedDB's put, so that it also runs as the page goes away.
      const keepTail = () => {
        const tail = active.unsent();
        if (!tail || (sent === 0 && tail.voicedMs < HEARD_NOTHING_VOICED_MS)) return;
        announce();
        connection.keepTail(answerId, { ...tail, index: base() + sent }, tail.wav);
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
      startedAt = performance.now();
      if (stopWhenStarted.current) await stopActive();
    },
    [connection],
  );
  useEffect(() => {
    startNow.current = start;
  }, [start]);

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
    // A continued answer's transcript counts its first part's segments too; one of those alone says nothing of this pause.
    const base = turnBase.current;
    if (!detector || turnAnswerId.current !== answerId || segments <= base || !detector.transcribed(segments - base, words)) return;
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

  /**
   * The answer recording now (begun over the interviewer's next line) goes on with the interview answer before it,
   * if that one was ended by its pause: the answer begun now is withdrawn, its audio is sent again as the earlier
   * answer's, and the server withdraws the line between them. False when it cannot (nothing to rejoin, too long).
   */
  const rejoin = useCallback((): boolean => {
    const ended = lastEnded.current;
    const rejoinNow = rejoinCurrent.current;
    if (!ended?.byTurn || !rejoinNow) return false;
    rejoinNow(ended);
    return true;
  }, []);

  /** The interviewer is saying its next line: a continuation that has heard nothing stops listening (its echo is no answer). */
  const stopContinuing = useCallback(() => dropContinuation.current?.(), []);

  /** The interview answer ended last, if the pause ended it and nothing was said since (rejoin may go on with it). */
  const rejoinableAnswerId = useCallback(() => (lastEnded.current?.byTurn ? lastEnded.current.answerId : null), []);

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
    rejoin,
    stopContinuing,
    rejoinableAnswerId,
  };
}

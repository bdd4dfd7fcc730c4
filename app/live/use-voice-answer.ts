// Records a spoken answer and streams it: opens the microphone on first use, judges each moment for
// speech and cuts segments at speech boundaries (app/audio), and hands each finished segment to the
// live connection straight away. An answer in which nothing was heard is not sent at all.
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerRecorder, SEGMENT_MIME_TYPE, type AnswerSegment } from "../audio/answer-recorder";
import { createCaptureContext } from "../audio/capture/pcm-capture";
import { openMicrophone, releaseMicrophone } from "../audio/microphone";
import { loadBrowserVad } from "../audio/vad/browser-vad";
import type { LiveConnection } from "./live-connection";

export type VoiceState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "recording"; answerId: string; attemptOf: string | undefined }
  | { phase: "stopping" }
  | { phase: "unavailable"; message: string };

/** Less voiced audio than this in a whole answer is a cough or a click, not an answer. */
export const HEARD_NOTHING_VOICED_MS = 250;

/** End-to-end tests turn the browser's voice processing off for undistorted fake-microphone audio. */
const rawCapture = () => new URLSearchParams(location.search).has("rawAudio");

export function useVoiceAnswer(connection: LiveConnection | null) {
  const [state, setState] = useState<VoiceState>({ phase: "idle" });
  const [level, setLevel] = useState(0);
  const [speaking, setSpeaking] = useState(false);
  const [limitReached, setLimitReached] = useState(false);
  /** Speech judged by loudness because the voice-activity model could not load. */
  const [roughDetection, setRoughDetection] = useState(false);
  /** The last answer had no speech in it, so it was not sent. */
  const [heardNothing, setHeardNothing] = useState(false);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<AnswerRecorder | null>(null);

  useEffect(
    () => () => {
      recorder.current?.cancel();
      if (stream.current) releaseMicrophone(stream.current);
    },
    [],
  );

  /** Starts an answer; with `attemptOf`, an attempt at that question from the report. */
  const start = useCallback(
    async (attemptOf?: string) => {
      if (!connection) return;
      // Safari starts audio only inside the click that asked for it: create the context before any await.
      let context: AudioContext;
      try {
        context = createCaptureContext();
      } catch {
        return setState({ phase: "unavailable", message: "This browser cannot record audio. Please type your answer instead." });
      }
      void context.resume().catch(() => undefined);
      setState({ phase: "starting" });
      setLimitReached(false);
      setHeardNothing(false);
      if (!stream.current) {
        const mic = await openMicrophone({ processing: !rawCapture() });
        if (!mic.ok) {
          void context.close();
          return setState({ phase: "unavailable", message: mic.message });
        }
        stream.current = mic.stream;
      }

      const answerId = crypto.randomUUID();
      connection.startAnswer(answerId, SEGMENT_MIME_TYPE, attemptOf);
      /** Segments sent so far: silence before the first words is not sent, so these count from 0 at the first words. */
      let sent = 0;
      // Blob reads finish in any order; chaining keeps segments going out in index order.
      let sending = Promise.resolve();
      const finish = () => {
        recorder.current = null;
        setLevel(0);
        setSpeaking(false);
        void context.close();
        setState((current) => (current.phase === "unavailable" ? current : { phase: "idle" }));
      };
      const deliver = async (segment: AnswerSegment) => {
        if (sent === 0 && segment.voicedMs < HEARD_NOTHING_VOICED_MS) {
          if (!segment.final) return; // silence (or a click) before the answer: never sent
          // The whole answer was silence: there is nothing to keep.
          connection.cancelAnswer(answerId);
          setHeardNothing(true);
          return finish();
        }
        const audio = new Uint8Array(await segment.blob.arrayBuffer());
        connection.sendSegment(answerId, { ...segment, index: sent++ }, audio);
        if (!segment.final) return;
        connection.endAnswer(answerId, sent, active.speech);
        finish();
      };
      const active = new AnswerRecorder(stream.current, context, {
        loadDetector: loadBrowserVad,
        onSegment: (segment) => {
          sending = sending.then(() => deliver(segment));
        },
        onLevel: setLevel,
        onSpeaking: setSpeaking,
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
      recorder.current = active;
      setState({ phase: "recording", answerId, attemptOf });
      await active.start();
    },
    [connection],
  );

  const stop = useCallback(async () => {
    if (!recorder.current) return;
    setState({ phase: "stopping" });
    await recorder.current.stop();
  }, []);

  const discard = useCallback(() => {
    if (state.phase !== "recording" || !connection) return;
    recorder.current?.cancel();
    recorder.current = null;
    connection.cancelAnswer(state.answerId);
    setLevel(0);
    setSpeaking(false);
    setState({ phase: "idle" });
  }, [connection, state]);

  return { state, level, speaking, limitReached, roughDetection, heardNothing, start, stop, discard };
}

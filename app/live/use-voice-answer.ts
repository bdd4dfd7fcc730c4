// Records a spoken answer and streams it: opens the microphone on first use, cuts segments at
// pauses (app/audio), and hands each finished segment to the live connection straight away.
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerRecorder, type AnswerSegment } from "../audio/answer-recorder";
import { openMicrophone, releaseMicrophone } from "../audio/microphone";
import { pickRecordingFormat } from "../audio/recording-format";
import { createBrowserAudioContext } from "../audio/stream-level";
import type { LiveConnection } from "./live-connection";

export type VoiceState =
  | { phase: "idle" }
  | { phase: "starting" }
  | { phase: "recording"; answerId: string; attemptOf: string | undefined }
  | { phase: "stopping" }
  | { phase: "unavailable"; message: string };

/** A final segment this short holds no speech; speech-to-text tends to invent words for near-silence. */
const FINAL_SEGMENT_MS_MIN = 300;

/** End-to-end tests turn the browser's voice processing off for undistorted fake-microphone audio. */
const rawCapture = () => new URLSearchParams(location.search).has("rawAudio");

export function useVoiceAnswer(connection: LiveConnection | null) {
  const [state, setState] = useState<VoiceState>({ phase: "idle" });
  const [level, setLevel] = useState(0);
  const [metering, setMetering] = useState(true);
  const [limitReached, setLimitReached] = useState(false);
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
  const start = useCallback(async (attemptOf?: string) => {
    if (!connection) return;
    // Safari starts audio only inside the click that asked for it: create the context before any await.
    const audioContext = typeof AudioContext === "undefined" && !("webkitAudioContext" in window) ? null : createBrowserAudioContext();
    void audioContext?.resume().catch(() => undefined);
    setState({ phase: "starting" });
    setLimitReached(false);
    setMetering(true);
    if (!stream.current) {
      const mic = await openMicrophone({ processing: !rawCapture() });
      if (!mic.ok) {
        void audioContext?.close();
        return setState({ phase: "unavailable", message: mic.message });
      }
      stream.current = mic.stream;
    }
    const format = pickRecordingFormat();
    if (!format) return setState({ phase: "unavailable", message: "This browser cannot record audio. Please type your answer instead." });

    const answerId = crypto.randomUUID();
    connection.startAnswer(answerId, format, attemptOf);
    // Blob reads finish in any order; chaining keeps segments going out in index order.
    let sending = Promise.resolve();
    const finish = () => {
      recorder.current = null;
      setLevel(0);
      setState({ phase: "idle" });
    };
    const deliver = async (segment: AnswerSegment) => {
      const audio = new Uint8Array(await segment.blob.arrayBuffer());
      const empty = audio.byteLength === 0 || segment.durationMs < FINAL_SEGMENT_MS_MIN;
      if (!segment.final || !empty) connection.sendSegment(answerId, segment.index, segment.durationMs, audio);
      if (!segment.final) return;
      const count = empty ? segment.index : segment.index + 1;
      if (count === 0) connection.cancelAnswer(answerId);
      else connection.endAnswer(answerId, count, active.longPausesMs);
      finish();
    };
    const active = new AnswerRecorder(stream.current, {
      mimeType: format,
      ...(audioContext && { createAudioContext: () => audioContext }),
      onSegment: (segment) => {
        sending = sending.then(() => deliver(segment));
      },
      onLevel: setLevel,
      onMeteringFailed: () => setMetering(false),
      onLimitReached: () => setLimitReached(true),
      onError: () =>
        setState({ phase: "unavailable", message: "Recording stopped unexpectedly. What was recorded has been sent; you can type the rest." }),
    });
    recorder.current = active;
    active.start();
    setState({ phase: "recording", answerId, attemptOf });
  }, [connection]);

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
    setState({ phase: "idle" });
  }, [connection, state]);

  return { state, level, metering, limitReached, start, stop, discard };
}

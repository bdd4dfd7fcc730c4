// bench:turn-taking — whether hands-free answers end when the candidate has finished, and never while they think.
// Each answer of cases.ts is spoken (Flite and espeak-ng) and goes, frame by frame, through the recorder's own
// parts: Silero VAD, the segmenter and the end-of-turn detector (app/audio/vad/end-of-turn.ts). Each segment the
// segmenter cuts is sent as a WAV over the live socket to the built Worker in local workerd, which has it
// transcribed by the local speech server (real Whisper base) and says with the transcript what its words say of
// the thought (worker/live/end-of-turn/words.ts). The verdict reaches the detector as much later, in the answer's
// time, as the Worker took to send it back on this machine (segments one after another, as the speech server runs
// them). At the end of the turn the rest is sent as the final segment with answer_end, and the time runs on to
// the reply's first sentence of audio downloaded. Each answer is run twice, each time in a fresh room: with these
// rules, and with a detector that only counts the 3 s of silence the room waited before.
// Every answer has two labelled endings: its thinking pause (ending the turn before the last word cuts the
// candidate off; the cut-off rate is over these pauses) and its last word (finished_*: from it to the first
// interviewer audio, ms).
// Last line: turn_taking cases=… cut_offs=… cut_off_rate=… finished_p50_ms=… finished_p95_ms=…
// Run after `vite build` (the npm script does both).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { EndOfTurnDetector, PATIENCE_MS_DEFAULT } from "../../app/audio/vad/end-of-turn.ts";
import { HEARD_NOTHING_VOICED_MS, SpeechSegmenter, type SpeechSegment } from "../../app/audio/vad/segmenter.ts";
import { VAD_FRAME_MS, VAD_FRAME_SAMPLES } from "../../app/audio/vad/silero.ts";
import { encodeWav } from "../../app/audio/wav.ts";
import { startSpeechServer } from "../../local-speech/server.ts";
import { loadVad } from "../../local-speech/vad.ts";
import type { TurnWords } from "../../worker/protocol/socket.ts";
import { now } from "../bench-shared/clock.ts";
import { createInterview, isMessageStatus, LiveSocket, signUp, type Session } from "../bench-shared/live-client.ts";
import { sentenceAudio } from "../bench-wer/speak.ts";
import { startBuiltWorker } from "../built-worker.ts";
import { freePort } from "../free-port.ts";
import { TURN_CASES, type TurnCase } from "./cases.ts";

const RATE = 16_000;
/** Silence before the first word, between two sentences said in one breath, and after the last word (s). */
const LEAD_SECONDS = 0.5;
const SENTENCE_GAP_SECONDS = 0.5;
/** Longer than any wait the detector allows after words (unfinishedWaitMs, 10 s), so every answer ends. */
const TAIL_SECONDS = 12;
/** Below this a sample is the synthesizer's silence: where the words start and end. */
const SOUND_MIN = 0.01;
const verbose = Boolean(process.env.BENCH_TURN_TAKING_VERBOSE);
const only = process.env.BENCH_TURN_TAKING_ONLY?.split(",");

interface Spoken {
  pcm: Float32Array;
  /** Where the open words end and the rest of the thought starts, and where the last word ends, in samples. */
  openEnd: number;
  restStart: number;
  lastWord: number;
}

function trimmed(pcm: Float32Array): Float32Array {
  let start = 0;
  let end = pcm.length;
  while (start < end && Math.abs(pcm[start]!) < SOUND_MIN) start++;
  while (end > start && Math.abs(pcm[end - 1]!) < SOUND_MIN) end--;
  return pcm.subarray(start, end);
}

async function speak(turn: TurnCase, dir: string): Promise<Spoken> {
  const say = async (text: string) => trimmed(await sentenceAudio(text, turn.voice, dir));
  const silence = (seconds: number) => new Float32Array(Math.round(seconds * RATE));
  const parts: Float32Array[] = [silence(LEAD_SECONDS)];
  for (const sentence of turn.before) parts.push(await say(sentence), silence(SENTENCE_GAP_SECONDS));
  parts.push(await say(turn.open));
  const openEnd = parts.reduce((n, p) => n + p.length, 0);
  parts.push(silence(turn.pauseSeconds));
  const restStart = openEnd + Math.round(turn.pauseSeconds * RATE);
  parts.push(await say(turn.rest));
  const lastWord = parts.reduce((n, p) => n + p.length, 0);
  parts.push(silence(TAIL_SECONDS));
  const pcm = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    pcm.set(part, at);
    at += part.length;
  }
  return { pcm, openEnd, restStart, lastWord };
}

const speech = await startSpeechServer({ port: await freePort() });
for (let ready = false; !ready; await sleep(500)) ready = (await fetch(`${speech.url}/health`)).ok;
const app = await startBuiltWorker({ AI_PROVIDER: "offline", LOCAL_SPEECH_URL: speech.url });
const WAIT_MS = 60_000;

/** A fresh candidate in a fresh interview, the opening said: the socket to answer on. */
async function openRoom(index: number): Promise<{ session: Session; interviewId: string; socket: LiveSocket }> {
  const session = await signUp(app.baseUrl, index, `${process.pid}-${Date.now().toString(36)}`);
  const interviewId = await createInterview(session, { title: "Backend Developer", skills: ["SQL"], questionCount: 3 });
  const socket = await LiveSocket.open(session, interviewId);
  await socket.expect(isMessageStatus(null, "complete"), "the opening question", WAIT_MS);
  return { session, interviewId, socket };
}

/**
 * Sends segment number `count` (from 1) and waits for the transcript covering it: its words' verdict and how long
 * it took to come back, ms.
 */
async function sendAndHear(socket: LiveSocket, answerId: string, segment: SpeechSegment, count: number): Promise<{ text: string; words: TurnWords | null; ms: number }> {
  const from = socket.received.length;
  const sentAt = now();
  socket.sendSegment(
    { type: "audio_segment", answerId, index: count - 1, durationMs: Math.round((segment.samples.length / RATE) * 1000), voicedMs: segment.voicedMs },
    encodeWav(segment.samples, RATE),
  );
  const heard = await socket.expect(
    (m) => m.type === "event" && m.event.type === "transcript" && m.event.messageId === answerId && m.event.segmentsTranscribed >= count,
    `the transcript of segment ${count}`,
    WAIT_MS,
    from,
  );
  const event = heard.message.type === "event" && heard.message.event.type === "transcript" ? heard.message.event : null;
  return { text: event?.text ?? "", words: event?.turnWords ?? null, ms: heard.at - sentAt };
}

interface Outcome {
  /** The turn ended in the thinking pause. */
  cutOff: boolean;
  /** Last word to the first audio of the interviewer's reply, ms; null when cut off before it. */
  finishedMs: number | null;
  /** Of which: last word to the end of the turn, ms. */
  endOfTurnMs: number | null;
}

interface Pass {
  outcome: Outcome;
  transcript: string;
  verdicts: string[];
}

/** The reply's first sentence is ready to play (its `speech` event said so and its audio is downloaded), as `now()`. */
async function firstInterviewerAudio(socket: LiveSocket, session: Session, interviewId: string, answerId: string, from: number): Promise<number> {
  const answered = await socket.expect(isMessageStatus(answerId, "complete"), "the transcribed answer", WAIT_MS, from);
  const spoken = await socket.expect(
    (m) => m.type === "event" && m.event.type === "speech" && m.event.sentence.index === 0 && m.event.sentence.status === "ready" && m.event.sentence.messageId !== answerId,
    "the reply's first spoken sentence",
    WAIT_MS,
    answered.index + 1,
  );
  const replyId = spoken.message.type === "event" && spoken.message.event.type === "speech" ? spoken.message.event.sentence.messageId : "";
  const audio = await fetch(`${app.baseUrl}/api/v1/interviews/${interviewId}/messages/${replyId}/speech/0`, { headers: { cookie: session.cookie } });
  if (!audio.ok) throw new Error(`first sentence audio: ${audio.status}`);
  await audio.arrayBuffer();
  return now();
}

/**
 * One answer through one detector in a fresh room, as the page does it: frames to the segmenter and the detector,
 * each cut segment sent (its transcript's verdict given to the detector `hearsWords`), and at the end of the turn
 * the rest sent as the final segment with answer_end. Times are the answer's: the Worker's time on this machine is
 * placed in it, segments one after another as the speech server runs them.
 */
async function pass(spoken: Spoken, probabilities: number[], index: number, hearsWords: boolean): Promise<Pass> {
  const { session, interviewId, socket } = await openRoom(index);
  try {
    const answerId = crypto.randomUUID();
    socket.send({ type: "answer_start", answerId, mimeType: "audio/wav" });
    const cut: SpeechSegment[] = [];
    const segmenter = new SpeechSegmenter((segment) => cut.push(segment));
    const detector = new EndOfTurnDetector({ patienceMs: PATIENCE_MS_DEFAULT });
    /** Verdicts on their way: the frame they arrive at, and how many segments their transcript covers. */
    const arriving: { frame: number; segments: number; words: TurnWords | null; text: string }[] = [];
    let transcript = "";
    let workerFreeAt = 0;
    let sent = 0;
    let ended: number | null = null;
    const verdicts: string[] = [];
    const send = async (segment: SpeechSegment, frame: number) => {
      // Silence before the first words is never sent (app/live/use-voice-answer.ts).
      if (sent === 0 && segment.voicedMs < HEARD_NOTHING_VOICED_MS && !segment.final) return;
      sent++;
      if (hearsWords) detector.segmentSent(sent);
      const heard = await sendAndHear(socket, answerId, segment, sent);
      transcript = heard.text;
      workerFreeAt = Math.max(frame, workerFreeAt) + Math.ceil(heard.ms / VAD_FRAME_MS);
      arriving.push({ frame: workerFreeAt, segments: sent, words: heard.words, text: heard.text });
    };
    for (let frame = 0; frame < probabilities.length && ended === null; frame++) {
      const samples = new Float32Array(VAD_FRAME_SAMPLES);
      samples.set(spoken.pcm.subarray(frame * VAD_FRAME_SAMPLES, (frame + 1) * VAD_FRAME_SAMPLES));
      segmenter.push(samples, probabilities[frame]!);
      detector.push(probabilities[frame]!);
      for (const segment of cut.splice(0)) await send(segment, frame);
      while (arriving.length > 0 && arriving[0]!.frame <= frame) {
        const { frame: at, segments, words, text } = arriving.shift()!;
        verdicts.push(`${Math.round(at * VAD_FRAME_MS)} ms: ${words ?? "no verdict"} ("…${text.slice(-40)}")`);
        if (hearsWords && words) detector.transcribed(segments, words);
      }
      if (detector.state.phase === "ended") ended = frame;
    }
    if (ended === null) throw new Error("the answer never ended");
    const endSample = (ended + 1) * VAD_FRAME_SAMPLES;
    // Ended before the last word (in the pause, or as the rest began): the candidate was cut off.
    if (endSample < spoken.lastWord) return { outcome: { cutOff: true, finishedMs: null, endOfTurnMs: null }, transcript, verdicts };
    // The end of the turn: the rest goes as the final segment, once the Worker is done with the ones before it.
    segmenter.finish();
    const from = socket.received.length;
    const finalLeaves = Math.max(ended, workerFreeAt);
    const final = cut.splice(0).at(-1);
    if (final) {
      sent++;
      socket.sendSegment(
        { type: "audio_segment", answerId, index: sent - 1, durationMs: Math.round((final.samples.length / RATE) * 1000), voicedMs: final.voicedMs },
        encodeWav(final.samples, RATE),
      );
    }
    const endedAt = now();
    socket.send({ type: "answer_end", answerId, segmentCount: sent });
    const replyMs = (await firstInterviewerAudio(socket, session, interviewId, answerId, from)) - endedAt;
    const endOfTurnMs = ((endSample - spoken.lastWord) / RATE) * 1000;
    const finishedMs = (((finalLeaves + 1) * VAD_FRAME_SAMPLES - spoken.lastWord) / RATE) * 1000 + replyMs;
    return { outcome: { cutOff: false, finishedMs, endOfTurnMs }, transcript, verdicts };
  } finally {
    socket.close();
  }
}

interface Run {
  words: Pass;
  fixed: Pass;
}

async function run(turn: TurnCase, index: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "bench-turn-taking-"));
  let spoken: Spoken;
  try {
    spoken = await speak(turn, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const vad = await loadVad();
  const probabilities: number[] = [];
  for (let frame = 0; frame * VAD_FRAME_SAMPLES < spoken.pcm.length; frame++) {
    const samples = new Float32Array(VAD_FRAME_SAMPLES);
    samples.set(spoken.pcm.subarray(frame * VAD_FRAME_SAMPLES, (frame + 1) * VAD_FRAME_SAMPLES));
    probabilities.push(await vad.probability(samples));
  }
  return { words: await pass(spoken, probabilities, 2 * index, true), fixed: await pass(spoken, probabilities, 2 * index + 1, false) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function summary(name: string, outcomes: Outcome[]): string {
  const cutOffs = outcomes.filter((o) => o.cutOff).length;
  const finished = outcomes.flatMap((o) => (o.finishedMs === null ? [] : [o.finishedMs]));
  const endOfTurn = outcomes.flatMap((o) => (o.endOfTurnMs === null ? [] : [o.endOfTurnMs]));
  console.log(`${name}: of which last word → end of turn p50 ${Math.round(percentile(endOfTurn, 50))} ms, p95 ${Math.round(percentile(endOfTurn, 95))} ms`);
  // Every answer has one thinking pause and one finished ending: both are labelled endings.
  return (
    `${name} cases=${outcomes.length * 2} cut_offs=${cutOffs} cut_off_rate=${(cutOffs / outcomes.length).toFixed(3)} ` +
    `finished_p50_ms=${Math.round(percentile(finished, 50))} finished_p95_ms=${Math.round(percentile(finished, 95))}`
  );
}

const cases = TURN_CASES.filter((c) => !only || only.includes(c.id));
const runs: Run[] = [];
for (const [i, turn] of cases.entries()) {
  const result = await run(turn, i);
  runs.push(result);
  const show = ({ outcome }: Pass) =>
    outcome.cutOff ? "CUT OFF" : `end of turn ${Math.round(outcome.endOfTurnMs!)} ms, first audio ${Math.round(outcome.finishedMs!)} ms`;
  console.log(`${turn.id} ${turn.voice.name} pause=${turn.pauseSeconds}s words: ${show(result.words)} · fixed 3 s: ${show(result.fixed)}`);
  if (verbose) console.log(`  "${result.words.transcript}"\n  ${result.words.verdicts.join(" · ")}`);
}
await app.stop();
await speech.close();
console.log(summary("turn_taking_fixed_3s", runs.map((r) => r.fixed.outcome)));
console.log(summary("turn_taking", runs.map((r) => r.words.outcome)));

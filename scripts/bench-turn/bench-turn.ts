// bench:turn — end of speech to the interviewer's first token on the client, for 10, 30 and 60 s
// answers, and to its first audio (sentence by sentence, against speaking the whole reply once it is complete), through the real Worker and Durable Object in local workerd, with model latency simulated
// on loopback (../bench-shared/latency-model.ts). The tutorial's design runs in the same process for comparison.
// Answers end two ways (../bench-shared/speak.ts): with "Done" as the last word ends (`turn` and `voice_done`
// lines: the last segment is still to be transcribed), and hands-free (`voice` lines, timed from the end of turn,
// and from the last word in last_word_*: the segment cut in the pause is transcribed while the room's end-of-turn
// detector waits, and its words, whole clauses, read as finished, so the turn ends about a second into the pause).
// Run after `vite build` (the npm script does both).
import { setTimeout as sleep } from "node:timers/promises";
import { speakOneAnswer, type TurnResult } from "./candidate.ts";
import { MODEL, replyTokens, speechMs } from "../bench-shared/latency-model.ts";
import { appVarsFor, spawnLatencyModel } from "../bench-shared/latency-model-process.ts";
import { startBuiltWorker } from "../built-worker.ts";
import { lastTranscription, modelTimeMs, percentile } from "../bench-shared/turn-timing.ts";
import { tutorialTurn } from "./tutorial-design.ts";

const ANSWER_SECONDS = (process.env.BENCH_ANSWER_SECONDS ?? "10,30,60").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/**
 * Each run starts this long after the one before, ms: the runs overlap, but answers of the same length do not all
 * end in the same millisecond, as no two candidates do (ten turns at once would queue in the one workerd process).
 */
const STAGGER_MS = 1_000;
/** Runs `turn` RUNS times side by side, each started STAGGER_MS after the last. */
const staggered = <T>(turn: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: RUNS }, (_, i) => sleep(i * STAGGER_MS).then(() => turn(i))));
/** The reply's first sentence, the one the voice starts on. */
const FIRST_SENTENCE = replyTokens().slice(0, MODEL.sentenceWords).join("").trim();

const model = await spawnLatencyModel();
const app = await startBuiltWorker(appVarsFor(model.baseUrl));
console.log(
  `latency model: speech-to-text ${MODEL.transcribeFixedMs} ms + ${MODEL.transcribePerAudioSecondMs} ms per audio second; ` +
    `first token ${MODEL.timeToFirstTokenMs} ms, then ${MODEL.perTokenMs} ms per token, ${MODEL.replyTokens} tokens in sentences of ${MODEL.sentenceWords}; ` +
    `speech ${MODEL.speechFirstAudioMs} ms to first audio + ${MODEL.speechPerCharMs} ms per character (reply ${replyTokens().join("").trim().length} characters); ` +
    `${RUNS} runs per length side by side, started ${STAGGER_MS} ms apart`,
);
console.log("answer_s  ours_p50_ms  ours_p95_ms  model_p95_ms  overhead_p50_ms  overhead_p95_ms  tutorial_p50_ms  tutorial_p95_ms  ratio_p95");
const lines: string[] = [];
const handsFreeLines: string[] = [];

/**
 * Prints and returns the voice line for `results`, timed from each one's end of turn: the first sentence's audio at
 * the client (sentence by sentence) against the whole reply spoken once complete, and what is beyond the models.
 */
function voiceLine(name: string, seconds: number, results: TurnResult[], modelTimes: number[], clock: string): string {
  const voice = results.map((r) => r.firstAudioAt - r.endOfTurnAt);
  const wholeVoice = results.map((r) => r.wholeReplyAudioAt - r.endOfTurnAt);
  const voice95 = percentile(voice, 95);
  const whole95 = percentile(wholeVoice, 95);
  // Beyond the models: the turn's model time to the first token, the rest of the first sentence's tokens, and
  // speaking that sentence, each as the latency model takes them.
  const firstSentenceModelMs = (MODEL.sentenceWords - 1) * MODEL.perTokenMs + speechMs(FIRST_SENTENCE);
  const overheads = voice.map((time, i) => time - modelTimes[i]! - firstSentenceModelMs);
  const fromSpeech = results.map((r) => r.firstAudioAt - r.endOfSpeechAt);
  console.log(
    `          ${name} (from the ${clock}): first audio p50 ${Math.round(percentile(voice, 50))} ms, p95 ${Math.round(voice95)} ms sentence by sentence; ` +
      `p50 ${Math.round(percentile(wholeVoice, 50))} ms, p95 ${Math.round(whole95)} ms speaking the whole reply once complete; ` +
      `from the last word p50 ${Math.round(percentile(fromSpeech, 50))} ms; ` +
      `first token to the speech event p50 ${Math.round(percentile(results.map((r) => r.speechEventAt - r.firstTokenAt), 50))} ms ` +
      `(the models' ${firstSentenceModelMs} ms), event to audio downloaded p50 ${Math.round(percentile(results.map((r) => r.firstAudioAt - r.speechEventAt), 50))} ms`,
  );
  return (
    `${name} answer_s=${seconds} first_audio_p50_ms=${Math.round(percentile(voice, 50))} first_audio_p95_ms=${Math.round(voice95)} ` +
    `whole_reply_p95_ms=${Math.round(whole95)} ratio=${(voice95 / whole95).toFixed(2)} overhead_p50_ms=${Math.round(percentile(overheads, 50))} ` +
    `overhead_p95_ms=${Math.round(percentile(overheads, 95))} last_word_p50_ms=${Math.round(percentile(fromSpeech, 50))} ` +
    `last_word_p95_ms=${Math.round(percentile(fromSpeech, 95))}`
  );
}
try {
  for (const seconds of ANSWER_SECONDS) {
    const answerMs = seconds * 1000;
    const [ours, tutorial] = await Promise.all([
      staggered((i) => speakOneAnswer(app.baseUrl, model.baseUrl, answerMs, seconds * 100 + i)),
      staggered(() => tutorialTurn(model.baseUrl, answerMs)),
    ]);
    const { timelines } = await model.report();
    const times = ours.map((r) => r.firstTokenAt - r.endOfSpeechAt);
    const modelTimes = ours.map((r) => modelTimeMs(r.endOfSpeechAt, timelines[r.run]!));
    const overheads = times.map((time, i) => time - modelTimes[i]!);
    const row = {
      ours50: percentile(times, 50),
      ours95: percentile(times, 95),
      model95: percentile(modelTimes, 95),
      overhead50: percentile(overheads, 50),
      overhead95: percentile(overheads, 95),
      tut50: percentile(tutorial, 50),
      tut95: percentile(tutorial, 95),
    };
    const ratio = row.ours95 / row.tut95;
    // Where our share goes: end of speech → last segment reaches the model, transcript → chat request,
    // first token sent by the model → first token shown on the client.
    const parts = ours.map((r) => {
      const t = timelines[r.run]!;
      const last = lastTranscription(t);
      return [Math.max(0, last.receivedAt - r.endOfSpeechAt), t.chatReceivedAt! - last.answeredAt, r.firstTokenAt - t.firstTokenAt!];
    });
    const breakdown = [0, 1, 2].map((k) => percentile(parts.map((p) => p[k]!), 50).toFixed(1));
    console.log(
      [seconds, row.ours50, row.ours95, row.model95, row.overhead50, row.overhead95, row.tut50, row.tut95]
        .map((v) => String(Math.round(v)).padStart(8))
        .join("     ") + `     ${ratio.toFixed(2)}`,
    );
    console.log(`          our share, p50: segment to model ${breakdown[0]} ms, transcript to reply request ${breakdown[1]} ms, first token to client ${breakdown[2]} ms`);
    lines.push(voiceLine("voice_done", seconds, ours, modelTimes, "end of speech, \"Done\" pressed as the last word ends"));
    // Hands-free, the same answers end by the end-of-turn detector: the clock starts as the answer ends, the
    // patience after the last word being the candidate's (shown as a countdown), not the system's.
    const handsFree = await staggered((i) => speakOneAnswer(app.baseUrl, model.baseUrl, answerMs, seconds * 100 + i, "handsFree"));
    const handsFreeTimelines = (await model.report()).timelines;
    const handsFreeModel = handsFree.map((r) => modelTimeMs(r.endOfTurnAt, handsFreeTimelines[r.run]!));
    handsFreeLines.push(voiceLine("voice", seconds, handsFree, handsFreeModel, "end of turn, hands-free"));
    const toRequest = handsFree.map((r) => handsFreeTimelines[r.run]!.chatReceivedAt! - Math.max(r.endOfTurnAt, lastTranscription(handsFreeTimelines[r.run]!).answeredAt));
    console.log(`          hands-free, p50: end of turn (or the last transcript, if later) to reply request ${percentile(toRequest, 50).toFixed(1)} ms`);
    lines.push(
      `turn answer_s=${seconds} ours_p95_ms=${Math.round(row.ours95)} tutorial_p95_ms=${Math.round(row.tut95)} ratio=${ratio.toFixed(2)} overhead_p95_ms=${Math.round(row.overhead95)}`,
    );
  }
} finally {
  await app.stop();
  model.stop();
}
// The hands-free lines last: answers end that way by default, and the very last is the 60 s one.
for (const line of [...lines, ...handsFreeLines]) console.log(line);
process.exit(0);

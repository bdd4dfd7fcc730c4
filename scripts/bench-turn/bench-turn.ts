// bench:turn — end of speech to the interviewer's first token on the client, for 10, 30 and 60 s
// answers, through the real Worker and Durable Object in local workerd, with model latency simulated
// on loopback (latency-model.ts). The tutorial's design runs in the same process for comparison.
// Run after `vite build` (the npm script does both).
import { speakOneAnswer, type TurnResult } from "./candidate.ts";
import { MODEL, startLatencyModel, type RunTimeline } from "./latency-model.ts";
import { tutorialTurn } from "./tutorial-design.ts";
import { startBuiltWorker } from "../built-worker.ts";

const ANSWER_SECONDS = [10, 30, 60];
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/**
 * The models' own time after the end of speech, read from the model server's clock (the same process):
 * the part of the last-finishing transcription that lies after the end of speech, then the wait for
 * the first token. Everything else between end of speech and first token is ours.
 */
function modelTimeMs(result: TurnResult, timeline: RunTimeline): number {
  const last = timeline.transcriptions.reduce((a, b) => (b.answeredAt > a.answeredAt ? b : a));
  const transcription = Math.max(0, last.answeredAt - Math.max(last.receivedAt, result.endOfSpeechAt));
  return transcription + (timeline.firstTokenAt! - timeline.chatReceivedAt!);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const model = await startLatencyModel();
const worker = await startBuiltWorker({
  AI_PROVIDER: "openai",
  OPENAI_BASE_URL: model.baseUrl,
  OPENAI_CHAT_MODEL: "latency-model",
  OPENAI_API_KEY: "bench",
});
console.log(
  `latency model: speech-to-text ${MODEL.transcribeFixedMs} ms + ${MODEL.transcribePerAudioSecondMs} ms per audio second; ` +
    `first token ${MODEL.timeToFirstTokenMs} ms, then ${MODEL.perTokenMs} ms per token, ${MODEL.replyTokens} tokens; ${RUNS} runs per length, in parallel`,
);
console.log("answer_s  ours_p50_ms  ours_p95_ms  model_p95_ms  overhead_p50_ms  overhead_p95_ms  tutorial_p50_ms  tutorial_p95_ms  ratio_p95");
const lines: string[] = [];
try {
  for (const seconds of ANSWER_SECONDS) {
    const answerMs = seconds * 1000;
    const [ours, tutorial] = await Promise.all([
      Promise.all(Array.from({ length: RUNS }, (_, i) => speakOneAnswer(worker.baseUrl, answerMs, seconds * 100 + i))),
      Promise.all(Array.from({ length: RUNS }, () => tutorialTurn(model.baseUrl, answerMs))),
    ]);
    const times = ours.map((r) => r.firstTokenAt - r.endOfSpeechAt);
    const modelTimes = ours.map((r) => modelTimeMs(r, model.timeline(r.run)));
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
      const t = model.timeline(r.run);
      const last = t.transcriptions.reduce((a, b) => (b.answeredAt > a.answeredAt ? b : a));
      return [Math.max(0, last.receivedAt - r.endOfSpeechAt), t.chatReceivedAt! - last.answeredAt, r.firstTokenAt - t.firstTokenAt!];
    });
    const breakdown = [0, 1, 2].map((k) => percentile(parts.map((p) => p[k]!), 50).toFixed(1));
    console.log(
      [seconds, row.ours50, row.ours95, row.model95, row.overhead50, row.overhead95, row.tut50, row.tut95]
        .map((v) => String(Math.round(v)).padStart(8))
        .join("     ") + `     ${ratio.toFixed(2)}`,
    );
    console.log(`          our share, p50: segment to model ${breakdown[0]} ms, transcript to reply request ${breakdown[1]} ms, first token to client ${breakdown[2]} ms`);
    lines.push(
      `turn answer_s=${seconds} ours_p95_ms=${Math.round(row.ours95)} tutorial_p95_ms=${Math.round(row.tut95)} ratio=${ratio.toFixed(2)} overhead_p95_ms=${Math.round(row.overhead95)}`,
    );
  }
} finally {
  worker.stop();
  await model.close();
}
for (const line of lines) console.log(line);
process.exit(0);

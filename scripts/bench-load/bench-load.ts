// bench:load — N simulated candidates, each taking a whole spoken interview at the same time, against
// the built app in one local workerd, with the models simulated by the latency model in its own process.
// Reports each turn's overhead beyond the models, every error, and which process runs out of CPU first.
// Run after `vite build` (the npm script does both). Exits 1 if anything failed.
//
// What one candidate does (interview-candidate.ts): signs up from an address of its own, creates an
// interview of 3 planned questions, opens the live socket and answers every question and follow-up out
// loud (the interviewer adds at most one follow-up per question: 3–6 answers, then the close), then
// reads the report. Answers are 20–60 s of speech, cut into segments at pauses every 6–12 s, each sent
// when it ends: real time, as from a browser, because the app transcribes earlier segments while the
// candidate is still talking, and compressing time would make 200 candidates load it like 800.
// 2–5 s of thinking after each question has streamed. Arrivals are spread evenly over the ramp, so
// sign-ups (a deliberately slow password hash each) come a few a second, not all at once.
//
// Overhead of a turn: end of speech (the last segment and answer_end leave) → the reply's first token
// at the client, minus the models' own time after the end of speech that the latency model reports on
// the shared clock (the part of the last transcription after the end of speech, and its time to first token).
// An error: an error frame, a failed message, a socket closing or failing unasked, any awaited frame
// not there within 60 s (a turn without a reply included), an unexpected HTTP status, a segment never
// acknowledged, an interview that ends short or never ends, no report 60 s after the end, a turn the
// latency model never saw, the probe failing. Each interview stops at its first error.
//
// Environment: BENCH_LOAD_CANDIDATES (200), BENCH_LOAD_QUESTIONS (3), BENCH_LOAD_RAMP_S (60),
// BENCH_LOAD_ANSWER_S ("20-60"), BENCH_LOAD_SPEED (1 = real time; more compresses speech and thinking,
// only to check the bench itself quickly).
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { now } from "../bench-shared/clock.ts";
import { MODEL } from "../bench-shared/latency-model.ts";
import { appVarsFor, spawnLatencyModel } from "../bench-shared/latency-model-process.ts";
import { BenchFailure } from "../bench-shared/live-client.ts";
import { startBuiltWorker } from "../built-worker.ts";
import { modelTimeMs, percentile } from "../bench-shared/turn-timing.ts";
import { takeInterview, type InterviewOutcome, type InterviewShape } from "./interview-candidate.ts";
import { watch, type SaturationReport } from "./saturation.ts";

const CANDIDATES = Number(process.env.BENCH_LOAD_CANDIDATES ?? 200);
const RAMP_MS = Number(process.env.BENCH_LOAD_RAMP_S ?? 60) * 1000;
const [ANSWER_MIN_S, ANSWER_MAX_S] = (process.env.BENCH_LOAD_ANSWER_S ?? "20-60").split("-").map(Number);
const SHAPE: InterviewShape = {
  questions: Number(process.env.BENCH_LOAD_QUESTIONS ?? 3),
  answerMs: [ANSWER_MIN_S! * 1000, (ANSWER_MAX_S ?? ANSWER_MIN_S!) * 1000],
  thinkMs: [2_000, 5_000],
  speed: Number(process.env.BENCH_LOAD_SPEED ?? 1),
  waitMs: 60_000,
};
const PROGRESS_EVERY_MS = 30_000;

const pct = (share: number) => `${Math.round(share * 100)}%`;
const ms = (value: number) => String(Math.round(value));
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function printSaturation(s: SaturationReport, modelLoop: { p99Ms: number; maxMs: number }): void {
  console.log(`cpu, share of one core (mean over the run / peak over 5 s); busiest thread the same:`);
  for (const p of s.processes) {
    console.log(`  ${p.name.padEnd(14)} ${pct(p.meanCores).padStart(5)} / ${pct(p.peakCores).padStart(5)}    busiest thread ${pct(p.busiestThreadMean).padStart(5)} / ${pct(p.busiestThreadPeak).padStart(5)}`);
  }
  const ours = s.processes.reduce((sum, p) => sum + p.meanCores, 0);
  console.log(`  others         ${pct(Math.max(0, s.machine.mean * s.machine.cores - ours))} / -        (every other process on the machine)`);
  console.log(`  machine        ${pct(s.machine.mean)} / ${pct(s.machine.peak)} of its ${s.machine.cores} cores busy; load average ${s.loadAverage.start.toFixed(2)} at the start, ${s.loadAverage.max.toFixed(2)} at most, ${s.loadAverage.end.toFixed(2)} at the end`);
  console.log(`workerd memory: ${mb(s.workerdMemory.startBytes)} at the start, ${mb(s.workerdMemory.endBytes)} at the end, ${mb(s.workerdMemory.peakBytes)} at the peak`);
  console.log(`event-loop delay p99 / max: bench ${ms(s.benchLoopDelay.p99Ms)} / ${ms(s.benchLoopDelay.maxMs)} ms, latency model ${ms(modelLoop.p99Ms)} / ${ms(modelLoop.maxMs)} ms`);
  console.log(`Worker answering GET /api/v1/auth/me (no work; waits behind everything in the isolate), every second: p50 ${ms(s.probe.p50Ms)} ms, p95 ${ms(s.probe.p95Ms)} ms, max ${ms(s.probe.maxMs)} ms`);
  // A thread cannot use more than one core: the one nearest to that saturates first.
  const nearest = [...s.processes].sort((a, b) => b.busiestThreadPeak - a.busiestThreadPeak)[0]!;
  const machineNearer = s.machine.peak > nearest.busiestThreadPeak;
  console.log(
    machineNearer
      ? `saturates first: the machine (${pct(s.machine.peak)} of all cores busy at the peak; ${nearest.name}'s busiest thread ${pct(nearest.busiestThreadPeak)} of a core)`
      : `saturates first: ${nearest.name}'s busiest thread (${pct(nearest.busiestThreadPeak)} of one core at the peak; the machine ${pct(s.machine.peak)} busy)`,
  );
}

const started = now();
const tag = `${process.pid}-${Date.now().toString(36)}`;
const model = await spawnLatencyModel();
const app = await startBuiltWorker(appVarsFor(model.baseUrl));
console.log(
  `${CANDIDATES} candidates arriving over ${RAMP_MS / 1000} s, each taking a whole spoken interview: ${SHAPE.questions} planned questions ` +
    `(and any follow-ups), answers of ${ANSWER_MIN_S}–${ANSWER_MAX_S ?? ANSWER_MIN_S} s in segments cut every 6–12 s, ${SHAPE.thinkMs[0] / 1000}–${SHAPE.thinkMs[1] / 1000} s to think; ` +
    `speech at ${SHAPE.speed === 1 ? "real time" : `${SHAPE.speed}× real time`}. Load average ${loadavg()[0]!.toFixed(2)}.`,
);
console.log(
  `latency model: speech-to-text ${MODEL.transcribeFixedMs} ms + ${MODEL.transcribePerAudioSecondMs} ms per audio second; ` +
    `first token ${MODEL.timeToFirstTokenMs} ms, then ${MODEL.perTokenMs} ms per token, ${MODEL.replyTokens} tokens`,
);
const usage = watch({ workerd: app.pid, bench: process.pid, "latency model": model.pid }, app.baseUrl);
const outcomes: (InterviewOutcome | null)[] = Array.from({ length: CANDIDATES }, () => null);
let arrived = 0;
let finished = 0;
/** When the first interview failed, and how many were going on then: where the app starts to break. */
let firstFailure = null as { afterS: number; active: number } | null;
const progress = setInterval(() => {
  const done = outcomes.filter((o) => o !== null);
  const cpu = Object.entries(usage.recent(PROGRESS_EVERY_MS)).map(([name, share]) => `${name} ${pct(share)}`).join(", ");
  console.log(
    `  ${Math.round((now() - started) / 1000)} s: ${arrived} arrived, ${done.length} finished, ${done.filter((o) => o.failure).length} failed; ` +
      `cpu over the last ${PROGRESS_EVERY_MS / 1000} s: ${cpu}; load average ${loadavg()[0]!.toFixed(2)}`,
  );
}, PROGRESS_EVERY_MS);

let saturation: SaturationReport;
let modelReport: Awaited<ReturnType<typeof model.report>>;
try {
  await Promise.all(
    outcomes.map(async (_, index) => {
      await sleep((index * RAMP_MS) / CANDIDATES);
      arrived++;
      const outcome = await takeInterview(app.baseUrl, index, tag, SHAPE);
      if (outcome.failure && !firstFailure) firstFailure = { afterS: Math.round((now() - started) / 1000), active: arrived - finished };
      finished++;
      outcomes[index] = outcome;
    }),
  );
  saturation = usage.stop();
  modelReport = await model.report();
} finally {
  clearInterval(progress);
  await app.stop();
  model.stop();
}

// Every turn is measured against the models' own time for it; one the model never saw is an error too.
const failures: BenchFailure[] = [];
const overheads: number[] = [];
const totals: number[] = [];
const modelTimes: number[] = [];
for (const outcome of outcomes as InterviewOutcome[]) {
  if (outcome.failure) failures.push(outcome.failure);
  for (const turn of outcome.turns) {
    const timeline = modelReport.timelines[turn.run];
    let modelMs: number;
    try {
      modelMs = modelTimeMs(turn.endOfSpeechAt, timeline ?? { transcriptions: [] });
    } catch (error) {
      failures.push(new BenchFailure("unmeasurable turn", `${turn.run}: ${String(error)}`));
      continue;
    }
    const total = turn.firstTokenAt - turn.endOfSpeechAt;
    totals.push(total);
    modelTimes.push(modelMs);
    overheads.push(total - modelMs);
  }
}
failures.push(...saturation.probe.failures);

const completed = outcomes.filter((o) => o && !o.failure).length;
console.log(`\n${completed} of ${CANDIDATES} interviews completed with their report; ${overheads.length} turns measured; ${Math.round((now() - started) / 1000)} s in all`);
console.log(
  `per turn, ms:        p50   p95   max\n` +
    `  end of speech → first token   ${[50, 95, 100].map((p) => ms(percentile(totals, p)).padStart(5)).join(" ")}\n` +
    `  the models' own time          ${[50, 95, 100].map((p) => ms(percentile(modelTimes, p)).padStart(5)).join(" ")}\n` +
    `  overhead beyond the models    ${[50, 95, 100].map((p) => ms(percentile(overheads, p)).padStart(5)).join(" ")}`,
);
if (failures.length > 0) {
  const byKind = new Map<string, BenchFailure[]>();
  for (const failure of failures) byKind.set(failure.kind, [...(byKind.get(failure.kind) ?? []), failure]);
  if (firstFailure) console.log(`the first interview failed ${firstFailure.afterS} s in, with ${firstFailure.active} interviews going on`);
  console.log(`errors:`);
  for (const [kind, list] of byKind) console.log(`  ${list.length} × ${kind}, e.g. ${list[0]!.message}`);
}
printSaturation(saturation, modelReport.eventLoopDelay);
// CPU time used is the same whoever else shares the machine; the share of a core it gets is not.
// Failed interviews did only part of their work, so only a clean run says what the work costs.
if (failures.length === 0) {
  const workerd = saturation.processes.find((p) => p.name === "workerd")!;
  const workerdCpuMs = workerd.meanCores * saturation.seconds * 1000;
  const candidateSeconds = (outcomes as InterviewOutcome[]).reduce((sum, o) => sum + o.durationMs, 0) / 1000;
  const perCandidateSecond = workerdCpuMs / candidateSeconds;
  console.log(
    `workerd cost: ${perCandidateSecond.toFixed(1)} ms of CPU per second of a candidate's interview, ${ms(workerdCpuMs / Math.max(1, overheads.length))} ms per turn` +
      // Compressed speech packs more work into each second: only real time says how many fit.
      (SHAPE.speed === 1 ? `; one core of its own would carry about ${Math.floor(1000 / perCandidateSecond)} candidates at once` : ""),
  );
}
const errors = failures.length;
console.log(`load interviews=${CANDIDATES} errors=${errors} overhead_p50_ms=${ms(percentile(overheads, 50))} overhead_p95_ms=${ms(percentile(overheads, 95))}`);
process.exit(errors === 0 ? 0 : 1);

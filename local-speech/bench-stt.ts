// Benchmarks the local speech server (npm run bench:stt): speed, end-of-answer delay and memory; developers and CI run it.
// Needs espeak-ng and sox. The last line is machine-readable: stt rtf=… final_after_end_s=… peak_rss_mb=…
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import decodeAudio from "@audio/decode";
import { resample } from "./decode.ts";
import { encodeWav } from "../app/audio/wav.ts";
import { segmentSpeech } from "./vad.ts";

/** An interview answer of ~60 s, one sentence per entry; pauses go between them. */
const ANSWER = [
  "In my last role I was the lead developer on a real time analytics dashboard for a logistics company.",
  "The front end was written in React and TypeScript.",
  "We streamed updates over web sockets, and the back end was a set of small services in Node.",
  "The hardest problem was performance.",
  "When a warehouse had thousands of parcels moving at once, the charts froze and the browser ran out of memory.",
  "I profiled the page, found that every update rendered the whole table again, and moved the data into a store with selectors, so that only the rows that changed were drawn.",
  "That brought the frame time from two hundred milliseconds down to about twenty.",
  "I also added tests with Jest and Playwright so that we could change things without fear.",
  "In the end the dashboard handled ten times the traffic, and the customer renewed their contract.",
];
const RATE = 48_000; // what browsers capture at, so the server's resampling is part of the cost
const GAP_S = 0.8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f2 = (x: number) => x.toFixed(2);

/** Speaks each sentence with espeak-ng, then joins them with GAP_S of silence (sox pads each one). */
async function speakAnswer(dir: string): Promise<{ pcm: Float32Array; speechEnds: number[] }> {
  const parts: Float32Array[] = [];
  const speechEnds: number[] = [];
  let length = 0;
  for (const [i, sentence] of ANSWER.entries()) {
    const raw = join(dir, `s${i}.wav`);
    const padded = join(dir, `p${i}.wav`);
    execFileSync("espeak-ng", ["-v", "en-gb", "-s", "150", "-w", raw, sentence]);
    const gap = i === ANSWER.length - 1 ? "0" : String(GAP_S);
    execFileSync("sox", ["-D", raw, "-r", String(RATE), "-c", "1", "-b", "16", padded, "pad", "0", gap]);
    const samples = (await decodeAudio(readFileSync(padded))).channelData[0]!;
    speechEnds.push((length + samples.length) / RATE - Number(gap));
    parts.push(samples);
    length += samples.length;
  }
  const pcm = new Float32Array(length);
  let offset = 0;
  for (const part of parts) {
    pcm.set(part, offset);
    offset += part.length;
  }
  return { pcm, speechEnds };
}

/** Seconds of CPU the whole machine spent busy (steal included: on a VM that is other guests' work). */
function machineCpuSeconds(): number {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = cpu.slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** Seconds of CPU one process used, with its finished children (espeak-ng, sox). */
function processCpuSeconds(pid: number | "self"): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const [utime, stime, cutime, cstime] = stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 15).map(Number);
  return (utime! + stime! + cutime! + cstime!) / 100;
}

async function post(url: string, audio: Uint8Array<ArrayBuffer>): Promise<string> {
  const form = new FormData();
  form.set("file", new Blob([audio], { type: "audio/wav" }), "segment.wav");
  form.set("model", "whisper-1");
  const response = await fetch(`${url}/v1/audio/transcriptions`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`speech server answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { text: string }).text;
}

/** Share of the answer's words found in the transcript: a rough check that speed did not cost accuracy. */
function wordsHeard(transcript: string): number {
  const words = (s: string) => s.toLowerCase().match(/[a-z]+/g) ?? [];
  const heard = new Set(words(transcript));
  const expected = words(ANSWER.join(" "));
  return expected.filter((w) => heard.has(w)).length / expected.length;
}

async function startServer(): Promise<{ url: string; pid: number; loadS: number; stop(): void }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(import.meta.dirname, "server.ts")], {
    env: { ...process.env, LOCAL_SPEECH_PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  let url = "";
  let ready = false;
  for await (const line of lines) {
    url ||= /listening on (\S+)/.exec(line)?.[1] ?? "";
    if ((ready = line.includes("ready"))) break;
  }
  if (!url || !ready) throw new Error("the speech server did not start");
  child.stdout.resume(); // keep draining its output
  return { url, pid: child.pid!, loadS: (performance.now() - started) / 1000, stop: () => child.kill("SIGTERM") };
}

/**
 * Plays the answer on a real-time clock, cut by the recorder's own segmenter (Silero VAD on the 16 kHz
 * audio): each segment is sent the moment its audio has been spoken; silent ones are not transcribed.
 */
async function realTime(url: string, pcm16k: Float32Array) {
  const segments = (await segmentSpeech(pcm16k)).map((segment) => ({
    start: segment.startSample / 16_000,
    end: (segment.startSample + segment.samples.length) / 16_000,
    voiced: segment.voicedMs > 0,
    audio: encodeWav(segment.samples, 16_000),
  }));
  const t0 = performance.now();
  const results = [];
  for (const segment of segments) {
    await sleep(t0 + segment.end * 1000 - performance.now());
    const sent = (performance.now() - t0) / 1000;
    const text = segment.voiced ? post(url, segment.audio) : Promise.resolve("");
    results.push(text.then((heard) => ({ ...segment, sent, done: (performance.now() - t0) / 1000, text: heard })));
  }
  const done = await Promise.all(results);
  const last = done.at(-1)!;
  return { done, finalAfterEndS: last.done - last.end, heard: wordsHeard(done.map((d) => d.text).join(" ")) };
}

for (const tool of ["espeak-ng", "sox"]) {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
  } catch {
    console.error(`bench:stt needs ${tool} to make its test speech: apt-get install espeak-ng sox`);
    process.exit(1);
  }
}
const loadBefore = loadavg()[0]!;
const [machineStart, selfStart, wallStart] = [machineCpuSeconds(), processCpuSeconds("self"), performance.now()];
const server = await startServer();
const dir = mkdtempSync(join(tmpdir(), "bench-stt-"));
try {
  const { pcm } = await speakAnswer(dir);
  const totalS = pcm.length / RATE;
  console.info(`server ready in ${server.loadS.toFixed(1)} s (model load and one warm-up pass); load average before start ${loadBefore.toFixed(2)}`);

  // At 16 kHz a minute of WAV fits the server's 4 MB limit.
  const whole = encodeWav(resample(pcm, RATE, 16_000), 16_000);
  let t = performance.now();
  const full = await post(server.url, whole);
  const rtf = (performance.now() - t) / 1000 / totalS;
  console.info(`(a) whole ${f2(totalS)} s answer in one request: ${f2(rtf * totalS)} s, rtf ${f2(rtf)}, words heard ${(wordsHeard(full) * 100).toFixed(0)}%`);

  console.info("    one segment, by length (median of 3): the 30 s window makes the encoder cost fixed");
  for (const seconds of [1, 3, 5, 10, 15]) {
    const audio = encodeWav(pcm.subarray(0, seconds * RATE), RATE);
    const times = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      await post(server.url, audio);
      times.push((performance.now() - t) / 1000);
    }
    console.info(`      ${String(seconds).padStart(2)} s -> ${f2(median(times))} s`);
  }

  const run = await realTime(server.url, resample(pcm, RATE, 16_000));
  console.info(`(b) real time, cut by the recorder's segmenter: ${run.done.length} segments`);
  console.info("      seg   from     to   sent   done   took");
  for (const [i, d] of run.done.entries()) {
    const row = [d.start, d.end, d.sent, d.done, d.done - d.sent].map((x) => f2(x).padStart(6)).join(" ");
    console.info(`      ${String(i + 1).padStart(3)} ${row}${d.voiced ? "" : "  (no speech: not sent)"}`);
  }
  console.info(`    final transcript ${f2(run.finalAfterEndS)} s after the answer ended; words heard ${(run.heard * 100).toFixed(0)}%`);

  const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
  const peakMb = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
  console.info(`(c) server peak RSS ${peakMb} MB`);
  // Timings on a shared 2-core machine mean little without knowing how much else ran meanwhile.
  const ours = processCpuSeconds("self") - selfStart + processCpuSeconds(server.pid);
  const others = Math.max(0, machineCpuSeconds() - machineStart - ours) / ((performance.now() - wallStart) / 1000);
  console.info(`other processes kept ${others.toFixed(2)} of the machine's cores busy on average during the run`);
  console.info(`stt rtf=${f2(rtf)} final_after_end_s=${f2(run.finalAfterEndS)} peak_rss_mb=${peakMb}`);
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}

// bench:vad-load — what loading the voice-activity model costs the page: the longest task that holds
// up the main thread (a frozen transcript, countdown and buttons) while onnxruntime-web compiles its
// 14 MB WebAssembly and Silero VAD loads, in the dedicated worker the recorder uses against the same
// bundle run on the page itself, in one browser, in turn, BENCH_RUNS times each. A longest task of 0 means
// none over 50 ms (the Long Tasks API reports nothing shorter). Built app in local workerd (`vite build`
// first; the npm script does both), Debian's Chromium.
import { readdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startBuiltWorker } from "../built-worker.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const asset = (prefix: string, suffix: string) => {
  const name = readdirSync("dist/client/assets").find((f) => f.startsWith(prefix) && f.endsWith(suffix));
  if (!name) throw new Error(`no built ${prefix}*${suffix}: run vite build first`);
  return `/assets/${name}`;
};
const files = { worker: asset("vad-worker-", ".js"), wasm: asset("ort-wasm-simd-threaded", ".wasm"), model: asset("silero_vad_v5", ".onnx") };

const app = await startBuiltWorker();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });

/** Loads the model once, in a worker or on the page, and one frame judged; the longest main-thread task meanwhile. */
async function loadOnce(where: "worker" | "page"): Promise<{ loadMs: number; longestTaskMs: number }> {
  // A fresh context each time: nothing compiled or cached from the run before.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/signin`);
  const result = await page.evaluate(
    async ({ where, files }) => {
      const longest = { ms: 0 };
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      });
      observer.observe({ type: "longtask" });
      const url = (path: string) => new URL(path, location.href).href;
      const load = { type: "load", wasmUrl: url(files.wasm), modelUrl: url(files.model) };
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const onReply = (event: MessageEvent<{ type: string; message?: string }>) => {
          if (event.data?.type === "loaded") resolve();
          else if (event.data?.type === "load_failed") reject(new Error(event.data.message));
        };
        if (where === "worker") {
          const worker = new Worker(url(files.worker), { type: "module" });
          worker.onmessage = onReply;
          worker.postMessage(load);
        } else {
          // The same bundle on the page: its `self` is the window, and its replies come back as window messages.
          window.addEventListener("message", onReply);
          const script = Object.assign(document.createElement("script"), { type: "module", src: url(files.worker) });
          script.onload = () => (window.onmessage as (e: MessageEvent) => void)(new MessageEvent("message", { data: load }));
          document.head.append(script);
        }
      });
      const loadMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 200));
      observer.disconnect();
      return { loadMs, longestTaskMs: longest.ms };
    },
    { where, files },
  );
  await context.close();
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const results = { worker: [] as { loadMs: number; longestTaskMs: number }[], page: [] as { loadMs: number; longestTaskMs: number }[] };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const where of ["worker", "page"] as const) {
      const r = await loadOnce(where);
      results[where].push(r);
      console.log(`run ${run + 1} ${where}: loaded in ${Math.round(r.loadMs)} ms, longest main-thread task ${Math.round(r.longestTaskMs)} ms`);
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
const worker = median(results.worker.map((r) => r.longestTaskMs));
const page = median(results.page.map((r) => r.longestTaskMs));
console.log(
  `vad_load runs=${RUNS} worker_longest_task_p50_ms=${Math.round(worker)} page_longest_task_p50_ms=${Math.round(page)} ` +
    `worker_load_p50_ms=${Math.round(median(results.worker.map((r) => r.loadMs)))} page_load_p50_ms=${Math.round(median(results.page.map((r) => r.loadMs)))} ` +
    `ratio=${(worker / Math.max(page, 1)).toFixed(2)}`,
);

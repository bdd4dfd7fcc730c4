// Watches what a load run uses, once a second: CPU time of each process and of its busiest thread
// (workerd runs all the app's JavaScript on one thread; Node runs its event loop on one), workerd's
// memory, the whole machine's busy time and load average, the bench's own event-loop delay, and how
// long the Worker takes to answer a request that does no work (it queues behind everything else).
// Used by bench-load.ts.
import { loadavg, cpus } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { machineCpuMs, memoryBytes, processCpuMs, threadCpuMs } from "../bench-shared/proc-stat.ts";
import { now } from "../bench-shared/clock.ts";
import { asFailure, BenchFailure } from "../bench-shared/live-client.ts";
import { percentile } from "../bench-shared/turn-timing.ts";

const SAMPLE_MS = 1_000;
/** Peaks are taken over this many consecutive samples, so one late timer does not make a peak. */
const PEAK_SAMPLES = 5;

interface Sample {
  at: number;
  /** By process name: its CPU ms so far, and each thread's. */
  cpu: Map<string, { total: number; threads: Map<number, number> }>;
  machine: { busy: number; total: number };
}

export interface ProcessUsage {
  name: string;
  /** Share of one core, 0–1: over the whole run, and the highest over PEAK_SAMPLES seconds. */
  meanCores: number;
  peakCores: number;
  /** The same for its busiest thread, which cannot go past one core. */
  busiestThreadMean: number;
  busiestThreadPeak: number;
}

export interface SaturationReport {
  seconds: number;
  processes: ProcessUsage[];
  /** The machine's busy share of all its cores, 0–1, mean and peak. */
  machine: { mean: number; peak: number; cores: number };
  loadAverage: { start: number; max: number; end: number };
  workerdMemory: { startBytes: number; endBytes: number; peakBytes: number };
  benchLoopDelay: { p99Ms: number; maxMs: number };
  /** GET /api/v1/auth/me without a session, every second: ms to answer, and answers other than 401. */
  probe: { p50Ms: number; p95Ms: number; maxMs: number; failures: BenchFailure[] };
}

export interface Watch {
  /** Share of one core each process used over the last `ms`, by name. */
  recent: (ms: number) => Record<string, number>;
  stop: () => SaturationReport;
}

const deltaShare = (from: number, to: number, wallMs: number) => (wallMs > 0 ? (to - from) / wallMs : 0);

/** Starts sampling `processes` (name → pid; one of them named "workerd") and probing the Worker at `baseUrl`. */
export function watch(processes: Record<string, number>, baseUrl: string): Watch {
  const samples: Sample[] = [];
  const loads: number[] = [];
  const probes: number[] = [];
  const probeFailures: BenchFailure[] = [];
  const workerdPid = processes.workerd!;
  const workerdStart = memoryBytes(workerdPid)?.rss ?? 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let probing = false;

  const sample = () => {
    const cpu = new Map<string, { total: number; threads: Map<number, number> }>();
    for (const [name, pid] of Object.entries(processes)) {
      cpu.set(name, { total: processCpuMs(pid) ?? NaN, threads: threadCpuMs(pid) });
    }
    samples.push({ at: now(), cpu, machine: machineCpuMs() });
    loads.push(loadavg()[0]!);
    if (probing) return; // the last probe is still waiting: that shows as its own long time
    probing = true;
    const started = now();
    fetch(`${baseUrl}/api/v1/auth/me`)
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 401) probeFailures.push(new BenchFailure("probe failed", `status ${response.status}`));
        else probes.push(now() - started);
      })
      .catch((error: unknown) => probeFailures.push(asFailure(error, "probe failed")))
      .finally(() => (probing = false));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);

  const usage = (name: string, from: Sample, to: Sample) => {
    const a = from.cpu.get(name)!;
    const b = to.cpu.get(name)!;
    const wall = to.at - from.at;
    let busiest = 0;
    for (const [tid, ms] of b.threads) busiest = Math.max(busiest, deltaShare(a.threads.get(tid) ?? 0, ms, wall));
    return { cores: deltaShare(a.total, b.total, wall), busiest };
  };

  return {
    recent: (ms) => {
      const last = samples.at(-1)!;
      const first = samples.find((s) => s.at >= last.at - ms) ?? samples[0]!;
      return Object.fromEntries(Object.keys(processes).map((name) => [name, usage(name, first, last).cores]));
    },
    stop: () => {
      clearInterval(timer);
      sample();
      loopDelay.disable();
      const first = samples[0]!;
      const last = samples.at(-1)!;
      const windows = samples.slice(PEAK_SAMPLES).map((to, i) => ({ from: samples[i]!, to }));
      const machineShare = (from: Sample, to: Sample) => deltaShare(from.machine.busy, to.machine.busy, to.machine.total - from.machine.total);
      const memory = memoryBytes(workerdPid);
      return {
        seconds: (last.at - first.at) / 1000,
        processes: Object.keys(processes).map((name) => {
          const whole = usage(name, first, last);
          const peaks = windows.map(({ from, to }) => usage(name, from, to));
          return {
            name,
            meanCores: whole.cores,
            peakCores: Math.max(whole.cores, ...peaks.map((p) => p.cores)),
            busiestThreadMean: whole.busiest,
            busiestThreadPeak: Math.max(whole.busiest, ...peaks.map((p) => p.busiest)),
          };
        }),
        machine: {
          mean: machineShare(first, last),
          peak: Math.max(machineShare(first, last), ...windows.map(({ from, to }) => machineShare(from, to))),
          cores: cpus().length,
        },
        loadAverage: { start: loads[0]!, max: Math.max(...loads), end: loads.at(-1)! },
        workerdMemory: { startBytes: workerdStart, endBytes: memory?.rss ?? NaN, peakBytes: memory?.peak ?? NaN },
        benchLoopDelay: { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 },
        probe: { p50Ms: percentile(probes, 50), p95Ms: percentile(probes, 95), maxMs: Math.max(...probes), failures: probeFailures },
      };
    },
  };
}

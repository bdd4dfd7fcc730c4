// Reads processes' CPU time and memory, and the machine's busy time, from Linux's /proc, so a
// benchmark can tell which process saturates. Used by bench:load, bench:frames and built-worker.ts (finding workerd).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second, the unit of CPU times in /proc. */
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** The fields of /proc/<pid>[/task/<tid>]/stat after the command name (which may hold spaces). */
function statFields(path: string): string[] | null {
  try {
    const text = readFileSync(path, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null; // gone
  }
}

/** CPU time (user + system) a process or thread has used, in ms; null once it is gone. */
function cpuMsAt(path: string): number | null {
  const fields = statFields(path);
  // utime and stime are the 14th and 15th fields of stat; fields[0] here is the 3rd (state).
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND : null;
}

export const processCpuMs = (pid: number) => cpuMsAt(`/proc/${pid}/stat`);

/** CPU time of each of the process's threads, in ms, by thread id. */
export function threadCpuMs(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    const ms = cpuMsAt(`/proc/${pid}/task/${tid}/stat`);
    if (ms !== null) threads.set(Number(tid), ms);
  }
  return threads;
}

/** Resident memory now and at its peak, in bytes; null once the process is gone. */
export function memoryBytes(pid: number): { rss: number; peak: number } | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

/** The whole machine's CPU time since boot, in ms summed over cores: busy (not idle or waiting) and total. */
export function machineCpuMs(): { busy: number; total: number } {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const total = ticks.reduce((sum, n) => sum + n, 0);
  const idle = ticks[3]! + ticks[4]!; // idle, iowait
  return { busy: ((total - idle) * 1000) / TICKS_PER_SECOND, total: (total * 1000) / TICKS_PER_SECOND };
}

/** Ids of this process's direct children running the executable `name` (as /proc/<pid>/comm shows it). */
export function childPidsNamed(name: string, parent = process.pid): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const fields = statFields(`/proc/${pid}/stat`);
      if (!fields || Number(fields[1]) !== parent) return false;
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === name;
      } catch {
        return false;
      }
    });
}

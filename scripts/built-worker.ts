// Starts the built app (dist/, from `vite build`) in local workerd for benchmarks, with a fresh
// local state folder each time, and waits until its API answers.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.ts";

export interface BuiltWorker {
  baseUrl: string;
  /** The workerd process serving it, for reading its CPU time. */
  pid: number;
  /** wrangler's own process (Node), which proxies requests to workerd locally. */
  proxyPid: number;
  stop: () => void;
}

/** `vars` are passed as `--var NAME:value` (e.g. the AI provider and its settings). Throws if it is not up within 60 s. */
export async function startBuiltWorker(vars: Record<string, string> = {}): Promise<BuiltWorker> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "node_modules/wrangler/bin/wrangler.js", "dev", "--local",
      "-c", "dist/interview_practice/wrangler.json",
      "--ip", "127.0.0.1", "--port", String(port),
      "--persist-to", mkdtempSync(join(tmpdir(), "bench-worker-")),
      ...Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]),
      "--show-interactive-dev-session=false",
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/auth/me`)).status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the Worker did not start");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { baseUrl, pid: workerdPid(child.pid!), proxyPid: child.pid!, stop: () => child.kill() };
}

/** wrangler runs workerd below it; its CPU time is what the Worker and its objects cost. */
function workerdPid(wranglerPid: number): number {
  const children = (pid: number): number[] => {
    try {
      return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).trim().split("\n").map(Number);
    } catch {
      return []; // pgrep exits 1 when there are none
    }
  };
  const queue = children(wranglerPid);
  while (queue.length) {
    const pid = queue.shift()!;
    if (execFileSync("ps", ["-o", "comm=", "-p", String(pid)], { encoding: "utf8" }).trim() === "workerd") return pid;
    queue.push(...children(pid));
  }
  throw new Error("workerd is not running below wrangler");
}

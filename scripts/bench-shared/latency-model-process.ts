// The latency model (latency-model.ts) in a process of its own, so the benchmarks can read its CPU
// time apart from theirs and their own event loop never delays its clock. Run directly, this file is
// that process; spawnLatencyModel() starts it. Used by bench:turn and bench:load.
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { startLatencyModel, type LatencyModelReport } from "./latency-model.ts";

export interface LatencyModelProcess {
  /** OpenAI-compatible base URL (ends in /v1). */
  baseUrl: string;
  pid: number;
  /** Every run's timeline so far, and the server's event-loop delay. */
  report: () => Promise<LatencyModelReport>;
  stop: () => void;
}

/** The app's variables that make it use the latency model at `baseUrl` as its OpenAI-compatible provider. */
export const appVarsFor = (baseUrl: string): Record<string, string> => ({
  AI_PROVIDER: "openai",
  OPENAI_BASE_URL: baseUrl,
  OPENAI_CHAT_MODEL: "latency-model",
  OPENAI_API_KEY: "bench",
});

/** Starts the latency model in a child process; rejects if it exits before it listens. */
export async function spawnLatencyModel(): Promise<LatencyModelProcess> {
  const child = fork(fileURLToPath(import.meta.url), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const [message] = (await Promise.race([
    once(child, "message"),
    once(child, "exit").then(([code]) => Promise.reject(new Error(`the latency model exited with ${code}`))),
  ])) as [{ baseUrl: string }];
  const { baseUrl } = message;
  return {
    baseUrl,
    pid: child.pid!,
    report: async () => {
      const response = await fetch(new URL("/bench/report", baseUrl));
      if (!response.ok) throw new Error(`latency model report: ${response.status}`);
      return (await response.json()) as LatencyModelReport;
    },
    stop: () => void child.kill(),
  };
}

if (import.meta.main) {
  const model = await startLatencyModel();
  process.send!({ baseUrl: model.baseUrl });
  // The parent owns this process: when it goes, so does the model.
  process.on("disconnect", () => process.exit(0));
}

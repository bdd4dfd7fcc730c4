// Starts the built app (dist/, from `vite build`) in one local workerd for benchmarks, the way it runs
// deployed: static assets, the Worker and the Durable Objects with SQLite on disk (a fresh folder each
// time), nothing in front of it. (`wrangler dev` would put a second workerd in front as a proxy, which
// would carry every request and frame twice.) Wrangler turns the built config into Miniflare's
// options, as its own dev server does. Used by bench:turn, bench:load and bench:frames.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare, convertV4MiniflareOptions, type V4WorkerOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";
import { childPidsNamed } from "./bench-shared/proc-stat.ts";
import { freePort } from "./free-port.ts";

const BUILT_CONFIG = "dist/interview_practice/wrangler.json";

export interface BuiltWorker {
  /** http://127.0.0.1:<port>, no trailing slash. */
  baseUrl: string;
  /** The workerd process serving it: its CPU time is what the Worker and its objects cost. */
  pid: number;
  /** Stops workerd and deletes its storage. */
  stop: () => Promise<void>;
}

/** `vars` override the built config's (e.g. the AI provider and its settings). Throws if there is no build or workerd does not start. */
export async function startBuiltWorker(vars: Record<string, string> = {}): Promise<BuiltWorker> {
  // The AI binding always reaches Cloudflare; the benchmarks point the app at a local model instead.
  const config = { ...unstable_readConfig({ config: BUILT_CONFIG }), ai: undefined };
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(config);
  // The build is one ES module, which is all Miniflare needs to know about it.
  const { bindings, ...options } = { ...workerOptions, modulesRules: undefined } as V4WorkerOptions;
  const persistTo = mkdtempSync(join(tmpdir(), "bench-worker-"));
  const before = new Set(childPidsNamed("workerd"));
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: await freePort(),
      resourcePersistencePath: persistTo,
      workers: [{ ...options, name: config.name, modules: true, scriptPath: main!, bindings: { ...bindings, ...vars } }],
    }),
  );
  const url = await miniflare.ready;
  const workerd = childPidsNamed("workerd").filter((pid) => !before.has(pid));
  if (workerd.length !== 1) throw new Error(`expected one new workerd process, found ${workerd.length}`);
  return {
    baseUrl: url.origin,
    pid: workerd[0]!,
    stop: async () => {
      await miniflare.dispose();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

// npm run size (part of npm test, after the build): runs `wrangler deploy --dry-run` on the built
// Worker and its assets, exactly what `npm run deploy` would upload, and fails when Cloudflare would
// refuse it: wrangler's own errors (an asset over 25 MiB, a bad config) or a Worker over the limit.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { WORKER_GZIP_LIMIT_BYTES, uploadSizeProblem } from "./upload-size.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Written by `vite build` (the Cloudflare plugin): the bundled Worker, its config, and ../client.
const builtConfig = "dist/interview_practice/wrangler.json";
const wrangler = fileURLToPath(new URL("../../node_modules/wrangler/bin/wrangler.js", import.meta.url));

const run = spawnSync(process.execPath, [wrangler, "deploy", "--dry-run", "--config", builtConfig], { cwd: root, encoding: "utf8" });
const output = `${run.stdout}${run.stderr}`;
process.stdout.write(output);
if (run.status !== 0) {
  console.error(`wrangler deploy --dry-run failed (exit ${run.status}). Did \`npm run build\` run first?`);
  process.exit(1);
}
const problem = uploadSizeProblem(output);
if (problem) {
  console.error(problem);
  process.exit(1);
}
console.log(`Worker upload within Cloudflare's ${WORKER_GZIP_LIMIT_BYTES / 1024 / 1024} MiB gzipped limit.`);

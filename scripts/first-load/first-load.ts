// Measures each budgeted page's first load in a built dist/client and says whether it fits. Used by
// check.ts (npm run size) and its tests.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSize } from "./gzip-size.ts";
import { firstLoadFiles, type Manifest } from "./manifest.ts";
import type { FirstLoadRoute } from "./routes.ts";

export interface RouteSize {
  route: FirstLoadRoute;
  files: string[];
  /** Sum over `files`, in bytes, as built and as gzipped one by one (as the browser receives them). */
  bytes: number;
  gzipBytes: number;
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoadResult {
  routes: RouteSize[];
  /** Every built JavaScript and CSS file, largest first. */
  chunks: FileSize[];
  /** The routes whose gzipped first load is over the budget. */
  over: RouteSize[];
}

/**
 * Reads `<clientDir>/.vite/manifest.json` (written when Vite's `build.manifest` is on) and the
 * files it names. Throws when the manifest is missing or a route's entry is not in it.
 */
export function measureFirstLoad(clientDir: string, routes: readonly FirstLoadRoute[], budgetBytes: number): FirstLoadResult {
  const manifest = JSON.parse(readFileSync(join(clientDir, ".vite", "manifest.json"), "utf8")) as Manifest;
  const sizes = new Map<string, FileSize>();
  const sizeOf = (file: string): FileSize => {
    let size = sizes.get(file);
    if (!size) {
      const content = readFileSync(join(clientDir, file));
      size = { file, bytes: content.byteLength, gzipBytes: gzipSize(content) };
      sizes.set(file, size);
    }
    return size;
  };
  const measured = routes.map((route) => {
    const files = firstLoadFiles(manifest, route.entries);
    const each = files.map(sizeOf);
    return {
      route,
      files,
      bytes: each.reduce((sum, f) => sum + f.bytes, 0),
      gzipBytes: each.reduce((sum, f) => sum + f.gzipBytes, 0),
    };
  });
  const chunks = readdirSync(join(clientDir, "assets"))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => sizeOf(`assets/${name}`))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { routes: measured, chunks, over: measured.filter((r) => r.gzipBytes > budgetBytes) };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The result as lines of text for a terminal. */
export function describeFirstLoad(result: FirstLoadResult, budgetBytes: number): string[] {
  return [
    `First load (JavaScript, gzipped; budget ${kB(budgetBytes)}):`,
    ...result.routes.map(
      (r) =>
        `  ${r.gzipBytes > budgetBytes ? "OVER" : "ok  "} ${r.route.path.padEnd(10)} ${kB(r.gzipBytes).padStart(9)} gzipped, ` +
        `${kB(r.bytes)} built: ${r.files.join(", ")}`,
    ),
    "Every chunk (gzipped, built):",
    ...result.chunks.map((c) => `  ${kB(c.gzipBytes).padStart(9)} ${kB(c.bytes).padStart(9)}  ${c.file}`),
  ];
}

// Which built JavaScript files a page needs before it can show, read from Vite's build manifest.
// Used by the first-load size check (check.ts) and the end-to-end test that compares it with what
// Chromium actually fetches.

/** One chunk of dist/client/.vite/manifest.json (only the fields read here). */
export interface ManifestChunk {
  /** The built file, relative to the output directory: "assets/index-abc123.js". */
  file: string;
  /** Manifest keys of the chunks this one imports statically: the browser fetches them with it. */
  imports?: string[];
  /** Manifest keys of chunks it may import later (lazy pages, charts): not part of its first load. */
  dynamicImports?: string[];
}

/** Vite's build manifest: source path (or "index.html" for the entry) → its chunk. */
export type Manifest = Record<string, ManifestChunk>;

/**
 * The JavaScript files, relative to the output directory, that loading `entries` fetches: each
 * entry's chunk and every chunk it imports statically, transitively, each once, in the order met.
 * Dynamic imports are left out; list a lazy page's source path among the entries to count it.
 * Throws when an entry is not in the manifest, so a renamed page cannot quietly drop out of a budget.
 */
export function firstLoadFiles(manifest: Manifest, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string, from: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" (from ${from}) is not in the build manifest`);
    seen.add(key);
    if (chunk.file.endsWith(".js")) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const entry of entries) visit(entry, "the route's entries");
  return files;
}

// The first-load check on a small built client on disk: what it sums, and that it fails over budget.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeFirstLoad, measureFirstLoad } from "./first-load.ts";
import { gzipSize } from "./gzip-size.ts";
import type { FirstLoadRoute } from "./routes.ts";

// A built client on disk: random bytes do not compress, so their gzipped size is known to be about
// their length, and a budget can sit clearly above or below it.
const clientDir = mkdtempSync(join(tmpdir(), "first-load-"));
mkdirSync(join(clientDir, ".vite"));
mkdirSync(join(clientDir, "assets"));
const files = { "assets/index-a.js": randomBytes(3_000), "assets/room-b.js": randomBytes(5_000), "assets/index-c.css": randomBytes(700) };
for (const [file, content] of Object.entries(files)) writeFileSync(join(clientDir, file), content);
writeFileSync(
  join(clientDir, ".vite", "manifest.json"),
  JSON.stringify({
    "index.html": { file: "assets/index-a.js", dynamicImports: ["app/pages/room.tsx"], css: ["assets/index-c.css"] },
    "app/pages/room.tsx": { file: "assets/room-b.js", imports: ["index.html"] },
  }),
);
afterAll(() => rmSync(clientDir, { recursive: true }));

const signIn: FirstLoadRoute = { path: "/signin", name: "sign-in", entries: ["index.html"] };
const room: FirstLoadRoute = { path: "/interviews/1", name: "room", entries: ["index.html", "app/pages/room.tsx"] };
const entryGzip = gzipSize(files["assets/index-a.js"]);

describe("measureFirstLoad", () => {
  it("sums the gzipped files each route fetches", () => {
    const result = measureFirstLoad(clientDir, [signIn, room], 100_000);
    expect(result.routes.map((r) => [r.route.path, r.files, r.bytes, r.gzipBytes])).toEqual([
      ["/signin", ["assets/index-a.js"], 3_000, entryGzip],
      ["/interviews/1", ["assets/index-a.js", "assets/room-b.js"], 8_000, entryGzip + gzipSize(files["assets/room-b.js"])],
    ]);
    expect(result.chunks.map((c) => c.file)).toEqual(["assets/room-b.js", "assets/index-a.js", "assets/index-c.css"]);
    expect(result.over).toEqual([]);
  });

  it("names the routes over budget, and only those", () => {
    const result = measureFirstLoad(clientDir, [signIn, room], 4_000);
    expect(result.over.map((r) => r.route.path)).toEqual(["/interviews/1"]);
    const lines = describeFirstLoad(result, 4_000);
    expect(lines.find((l) => l.includes("/interviews/1"))).toMatch(/^ {2}OVER/);
    expect(lines.find((l) => l.includes("/signin"))).toMatch(/^ {2}ok/);
  });

  it("fails loudly without a manifest", () => {
    expect(() => measureFirstLoad(join(clientDir, "assets"), [signIn], 100_000)).toThrow(/manifest\.json/);
  });
});

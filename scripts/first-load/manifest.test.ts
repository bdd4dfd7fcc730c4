// Which files the first-load check counts for a route, on a manifest shaped like the app's own.
import { describe, expect, it } from "vitest";
import { firstLoadFiles, type Manifest } from "./manifest.ts";

// An entry, a chunk shared with a lazy page, the lazy page with a chunk of its own, and CSS.
const manifest: Manifest = {
  "index.html": { file: "assets/index-a.js", imports: ["_shared-b.js"], dynamicImports: ["app/pages/room.tsx"] },
  "_shared-b.js": { file: "assets/shared-b.js" },
  "app/pages/room.tsx": { file: "assets/room-c.js", imports: ["index.html", "_shared-b.js", "_charts-d.js"] },
  "_charts-d.js": { file: "assets/charts-d.js", imports: ["_styles.css"] },
  "_styles.css": { file: "assets/styles-e.css" },
};

describe("firstLoadFiles", () => {
  it("takes the entry and its static imports, not its lazy pages", () => {
    expect(firstLoadFiles(manifest, ["index.html"])).toEqual(["assets/index-a.js", "assets/shared-b.js"]);
  });

  it("adds a lazy page and what it imports, each file once, no CSS", () => {
    expect(firstLoadFiles(manifest, ["index.html", "app/pages/room.tsx"])).toEqual([
      "assets/index-a.js",
      "assets/shared-b.js",
      "assets/room-c.js",
      "assets/charts-d.js",
    ]);
  });

  it("refuses an entry the build does not have", () => {
    expect(() => firstLoadFiles(manifest, ["index.html", "app/pages/gone.tsx"])).toThrow('"app/pages/gone.tsx"');
  });
});

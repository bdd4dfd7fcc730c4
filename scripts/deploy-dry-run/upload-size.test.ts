// Reading the Worker's size from wrangler's dry-run output, plain or coloured.
import { describe, expect, it } from "vitest";
import { parseUploadSize, uploadSizeProblem } from "./upload-size.ts";

// As wrangler 4 prints it (bindings table shortened).
const dryRun = `
 ⛅️ wrangler 4.151.0
───────────────────────────────────────────────
✨ Read 12 files from the assets directory /work/dist/client
Total Upload: 1692.88 KiB / gzip: 383.84 KiB
Your Worker has access to the following bindings:
env.USERS (UserObject)                              Durable Object
--dry-run: exiting now.
`;

describe("parseUploadSize", () => {
  it("reads both sizes, in bytes", () => {
    expect(parseUploadSize(dryRun)).toEqual({ bytes: Math.round(1692.88 * 1024), gzipBytes: Math.round(383.84 * 1024) });
  });

  it("reads them through the colours wrangler adds on a terminal", () => {
    expect(parseUploadSize("Total Upload: \u001b[31m4000.00 KiB / gzip: 3100.50 KiB\u001b[39m")).toEqual({
      bytes: 4_096_000,
      gzipBytes: Math.round(3100.5 * 1024),
    });
  });

  it("says when there is no size to read", () => {
    expect(parseUploadSize("✘ [ERROR] Could not read the config")).toBeNull();
  });

});

describe("uploadSizeProblem", () => {
  it("accepts today's Worker under the Free plan's 3 MiB", () => {
    expect(uploadSizeProblem(dryRun)).toBeNull();
  });

  it("refuses a Worker over the limit, saying by how much", () => {
    expect(uploadSizeProblem("Total Upload: 9000.00 KiB / gzip: 3100.00 KiB")).toBe(
      "The Worker is 3.03 MiB gzipped; Cloudflare refuses more than 3.00 MiB (Workers Free plan).",
    );
    expect(uploadSizeProblem(dryRun, 300 * 1024)).toMatch(/^The Worker is 0\.37 MiB gzipped/);
  });

  it("refuses output it cannot read a size from", () => {
    expect(uploadSizeProblem("✘ [ERROR] Could not read the config")).toMatch(/^No "Total Upload" line/);
  });
});

import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeNext("/interviews/abc?tab=report")).toBe("/interviews/abc?tab=report");
  });

  it("falls back to the dashboard for anything that could leave the site", () => {
    for (const next of [null, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      expect(safeNext(next), String(next)).toBe("/");
    }
  });
});

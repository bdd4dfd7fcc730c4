import { describe, expect, it } from "vitest";
import { postingIdentity } from "./posting-identity";

describe("postingIdentity", () => {
  it("names a posting by its first line with words, cut at a word to 80 characters", () => {
    expect(postingIdentity("\n  ---\n  Staff Engineer, Payments  \nWe build…").label).toBe("Staff Engineer, Payments");
    const long = `${"Senior Platform Engineer for distributed payment infrastructure and developer tooling ".repeat(2)}`;
    const { label } = postingIdentity(long);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label).toMatch(/^Senior Platform Engineer for distributed payment infrastructure and developer…$/);
  });

  it("keys the same words alike whatever their case and spacing, and different words apart", () => {
    const a = postingIdentity("Backend Engineer\n- Go\n- PostgreSQL");
    expect(postingIdentity("  backend   engineer\n\n-  go\n- postgresql ").key).toBe(a.key);
    expect(postingIdentity("Backend Engineer\n- Go\n- MySQL").key).not.toBe(a.key);
  });
});

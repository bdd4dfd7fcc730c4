// Unit tests: Worker code runs inside workerd (real Durable Objects with SQLite); app logic and the
// local speech server run in Node.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
        test: { name: "worker", include: ["worker/**/*.test.ts"] },
      },
      {
        test: { name: "node", include: ["app/**/*.test.ts", "local-speech/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});

// Unit tests: Worker code runs inside workerd (real Durable Objects with SQLite); app logic, the
// local speech server and the build scripts run in Node.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { freePort } from "./scripts/free-port.ts";

// Chosen per run, so parallel test runs never collide.
const fakeSpeechPort = await freePort();
process.env.FAKE_SPEECH_PORT = String(fakeSpeechPort);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            remoteBindings: false,
            // The offline provider, with speech-to-text from a fake server (worker/test/fake-speech-server.ts).
            miniflare: { bindings: { AI_PROVIDER: "offline", LOCAL_SPEECH_URL: `http://127.0.0.1:${fakeSpeechPort}` } },
          }),
        ],
        test: {
          name: "worker",
          include: ["worker/**/*.test.ts"],
          globalSetup: ["./worker/test/fake-speech-server.ts"],
          // The Worker's entry loads zod's English messages; tests of single modules load them the same way.
          setupFiles: ["./worker/protocol/zod-english.ts"],
        },
      },
      {
        test: { name: "node", include: ["app/**/*.test.ts", "local-speech/**/*.test.ts", "scripts/**/*.test.ts", "e2e/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});

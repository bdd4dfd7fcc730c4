// End-to-end tests in a real Chromium against the built app served by local workerd (vite preview).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = 4319;
// Debian's chromium where installed (CI installs it); otherwise Playwright's own browser.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      // This machine has no internet: keep Chromium from trying to reach Google at start-up.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/api/v1/auth/me`,
    // The probe URL answers 401 when the Worker is up; any status below 500 counts as ready.
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

// What Chromium fetches to show the sign-in page and the dashboard (exactly the files the size
// check counts, and never the room's), and how a page whose chunk is slow or missing looks.
import { readFileSync } from "node:fs";
import { expect, test, type Page, type Route } from "@playwright/test";
import { firstLoadFiles, type Manifest } from "../scripts/first-load/manifest.ts";
import { FIRST_LOAD_ROUTES } from "../scripts/first-load/routes.ts";
import { createInterview, registerThroughUi } from "./helpers";

const manifest = JSON.parse(readFileSync(new URL("../dist/client/.vite/manifest.json", import.meta.url), "utf8")) as Manifest;
const chunkOf = (source: string) => manifest[source]!.file;
const ROOM = chunkOf("app/pages/interview-page.tsx");
const NEW_INTERVIEW = chunkOf("app/pages/new-interview-page.tsx");
const CHARTS = chunkOf("app/components/progress/progress-charts.tsx");

/** The built JavaScript files ("assets/…js") the page has requested so far, in order. */
function recordScripts(page: Page): string[] {
  const files: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/assets/") && pathname.endsWith(".js")) files.push(pathname.slice(1));
  });
  return files;
}

/** What the size check counts as the first load of the route at `path`. */
const counted = (path: string) => firstLoadFiles(manifest, FIRST_LOAD_ROUTES.find((r) => r.path === path)!.entries);

test("the sign-in page and the dashboard fetch exactly their counted first load, and the room only when opened", async ({ page, browser, baseURL }) => {
  const signIn = recordScripts(page);
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect([...signIn].sort()).toEqual([...counted("/signin")].sort());

  // A returning candidate: signed in, with nothing cached.
  await registerThroughUi(page);
  const returning = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  page = await returning.newPage();
  const dashboard = recordScripts(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect([...dashboard].sort()).toEqual([...counted("/")].sort());
  for (const lazy of [ROOM, NEW_INTERVIEW, CHARTS]) expect(dashboard).not.toContain(lazy);

  // Each page brings its own code when it is opened.
  await page.getByRole("link", { name: "Start your first interview" }).click();
  await expect(page.getByRole("heading", { name: "New interview" })).toBeVisible();
  expect(dashboard).toContain(NEW_INTERVIEW);
  expect(dashboard).not.toContain(ROOM);
  await page.getByLabel("Role").fill("Backend Developer");
  await page.getByRole("checkbox", { name: "SQL" }).check();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
  expect(dashboard).toContain(ROOM);
  await returning.close();
});

test("a slow page says it is loading, and a page whose code never arrives offers to try again", async ({ page }) => {
  await registerThroughUi(page);
  await createInterview(page, 1);
  const room = new URL(page.url()).pathname;

  // Slow: the header stays, and the page area says what is happening until the chunk arrives.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${ROOM}`, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto(room, { waitUntil: "commit" });
  await expect(page.getByRole("status").filter({ hasText: "Loading the page…" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Interview Practice" })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
  await page.unroute(`**/${ROOM}`);

  // Missing (offline, or gone after a new deploy): an error with a way out, the header still there.
  await page.route(`**/${ROOM}`, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await page.getByRole("link", { name: "Backend Developer" }).click();
  await expect(page.getByRole("heading", { name: "This page did not load" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("Check your connection, then try again.");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Back online: trying again shows the room.
  await page.unroute(`**/${ROOM}`);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(room);

  // Going elsewhere clears the error.
  await page.route(`**/${ROOM}`, (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await page.getByRole("link", { name: "Backend Developer" }).click();
  await expect(page.getByRole("heading", { name: "This page did not load" })).toBeVisible();
  await page.getByRole("link", { name: "Interview Practice" }).click();
  await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
});

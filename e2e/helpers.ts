// Shared steps for end-to-end specs: unique users, registration through the UI, accessibility scans.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "practice makes perfect";

/** A typed answer to a SQL question that the offline scorer can score. */
export const SOLID_ANSWER =
  "In my last project we had a slow reporting query on a large orders table. For example, I added a composite index " +
  "and rewrote a subquery as a join. The result was that the report went from nine seconds to three hundred milliseconds.";

export function uniqueUsername(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export async function registerThroughUi(page: Page, username = uniqueUsername()): Promise<string> {
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
  return username;
}

/** Fails with the list of serious or critical axe violations on the current page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, serious.join("\n")).toEqual([]);
}

/** Creates a "Backend Developer" interview on SQL with `questions` questions and opens its room. */
export async function createInterview(page: Page, questions: number): Promise<void> {
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Backend Developer");
  await page.getByRole("checkbox", { name: "SQL" }).check();
  await page.getByLabel("Number of questions").fill(String(questions));
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
}

export const transcript = (page: Page) => page.getByRole("list", { name: "Transcript" }).getByRole("listitem");

/** A one-question interview answered by typing, ended as soon as the answer is in. */
export async function finishOneQuestion(page: Page, answer: string): Promise<void> {
  await createInterview(page, 1);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  await page.getByLabel("Or type your answer").fill(answer);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  await expect(transcript(page)).toHaveCount(3);
  // The interviewer either closes (done once its line is in) or asks a follow-up (end it here). The third line shows
  // while it is still coming, so wait for one or the other before choosing.
  const complete = page.getByRole("heading", { name: "Interview complete" });
  await expect(complete.or(page.getByRole("status").filter({ hasText: "Your turn" })).first()).toBeVisible();
  if (!(await complete.isVisible())) {
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
  }
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
}

/**
 * Chooses click-to-answer ("Answer out loud", then "Done") for every page of this test, as the room's
 * switch stores it: hands-free, the default, would open the microphone on the candidate's turn by itself.
 */
export async function answerByClicking(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem("turn-preferences", JSON.stringify({ handsFree: false, patienceMs: 3_000 })));
}

/**
 * Registers, creates a "Frontend Developer" interview on React through the form and opens its room with
 * undistorted capture of the fake microphone (?rawAudio), waiting for the candidate's turn. Returns the interview id.
 */
export async function openSpokenRoom(page: Page): Promise<string> {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Frontend Developer");
  await page.getByRole("checkbox", { name: "React" }).check();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Frontend Developer" })).toBeVisible();
  const interviewId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.goto(`${page.url()}?rawAudio`);
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();
  return interviewId;
}

/**
 * Creates an interview over REST (`body` as POST /interviews takes it) for a user already signed in,
 * and opens its room, by default with undistorted capture of the fake microphone (?rawAudio); `rawAudio: false`
 * leaves the browser's echo cancellation, noise suppression and gain on, as candidates have them. Returns the
 * interview id.
 */
export async function openRoomByApi(page: Page, body: Record<string, unknown>, { rawAudio = true } = {}): Promise<string> {
  const created = await page.request.post("/api/v1/interviews", { data: body });
  expect(created.status()).toBe(201);
  const { interviewId } = (await created.json()) as { interviewId: string };
  await page.goto(`/interviews/${interviewId}${rawAudio ? "?rawAudio" : ""}`);
  return interviewId;
}

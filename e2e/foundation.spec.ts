import { expect, test } from "@playwright/test";
import { PASSWORD, expectNoSeriousA11yViolations, registerThroughUi, uniqueUsername } from "./helpers";

test("register → create an interview → it is in history → reload → still there → sign out → protected pages need sign-in", async ({ page }) => {
  const username = await registerThroughUi(page);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText(username)).toBeVisible();
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();

  await page.getByRole("link", { name: "New interview" }).click();
  await expect(page.getByRole("heading", { name: "New interview" })).toBeVisible();
  await page.getByLabel("Role").fill("Backend Developer");
  await page.getByRole("checkbox", { name: "SQL" }).check();
  await page.getByLabel("Another skill").fill("Kafka");
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByRole("checkbox", { name: "Kafka" })).toBeChecked();
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Create interview" }).click();

  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  const interviewUrl = page.url();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
  await expect(page.getByText("SQL, Kafka")).toBeVisible();
  // Opening the room starts the interview: the interviewer asks the first question.
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible();

  await page.goBack();
  await page.goBack();
  const history = page.getByRole("list", { name: "Interview history" });
  await expect(history.getByRole("link", { name: "Backend Developer" })).toBeVisible();
  await expect(history.getByText("In progress")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("list", { name: "Interview history" }).getByRole("link", { name: "Backend Developer" })).toBeVisible();

  // A deep link works on a fresh load.
  await page.goto(interviewUrl);
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  for (const path of ["/", "/interviews/new", new URL(interviewUrl).pathname]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(new URL(page.url()).searchParams.get("next")).toBe(path);
  }

  // Signing in again returns to where the user was going.
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Backend Developer" })).toBeVisible();
});

test("delete asks first, then removes the interview from history", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Role").fill("Technical Lead");
  await page.getByRole("checkbox", { name: "System Design" }).check();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Technical Lead" })).toBeVisible();
  // The list asked for on arrival answers only after the delete, as on a slow connection: it was read with the
  // interview still in it, and must not bring it back.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/v1/interviews", async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.getByRole("link", { name: "Your interviews" }).click();

  await page.getByRole("button", { name: /^Delete Technical Lead/ }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: "Technical Lead" })).toBeVisible();

  await page.getByRole("button", { name: /^Delete Technical Lead/ }).click();
  const deleted = page.waitForResponse((response) => response.request().method() === "DELETE");
  await dialog.getByRole("button", { name: "Delete" }).click();
  expect((await deleted).status()).toBe(204);
  release();
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Technical Lead" })).toHaveCount(0);
  await page.unroute("**/api/v1/interviews");
  await page.reload();
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
});

test("forms explain what is wrong, field by field", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Username").fill("x");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Username must be at least 3 characters.")).toBeVisible();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");

  await page.goto("/signin");
  await page.getByLabel("Username").fill(uniqueUsername("nobody"));
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Username or password is incorrect.");

  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByText("Enter the role you are practising for.")).toBeVisible();
  await expect(page.getByText("Choose at least one skill.")).toBeVisible();
});

test("a forged username cookie does not sign anyone in", async ({ page, context, baseURL }) => {
  const victim = await registerThroughUi(page);
  await context.clearCookies();
  await context.addCookies([
    { name: "username", value: victim, url: baseURL! },
    { name: "session", value: `${victim}.${"A".repeat(43)}`, url: baseURL! },
  ]);
  const me = await page.request.get("/api/v1/auth/me");
  expect(me.status()).toBe(401);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("every page passes an axe scan with no serious or critical violations", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await registerThroughUi(page);
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/interviews/new");
  await expect(page.getByRole("heading", { name: "New interview" })).toBeVisible();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByText("Choose at least one skill.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Role").fill("Frontend Developer");
  await page.getByRole("checkbox", { name: "React" }).check();
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Frontend Developer" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Frontend Developer" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: /^Delete Frontend Developer/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("works on a phone-sized screen and by keyboard alone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/register");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Username")).toBeFocused();
  await page.keyboard.type(uniqueUsername("kbd"));
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

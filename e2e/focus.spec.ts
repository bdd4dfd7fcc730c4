// Keyboard focus: headings take it on navigation without a ring.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PASSWORD, uniqueUsername } from "./helpers";

/** Presses Enter on `control` as a keyboard user would: focus it first, then the key. */
async function pressWithKeyboard(control: Locator): Promise<void> {
  await control.focus();
  await control.press("Enter");
}

/** The focused element's tag and outline style: "none" means no focus ring is drawn. */
const outlineOf = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement!.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));

test("page headings take focus on navigation, with no focus ring, also after keyboard use", async ({ page }) => {
  await page.goto("/register");
  await page.keyboard.press("Tab");
  await page.keyboard.type(uniqueUsername("heading"));
  await page.keyboard.press("Tab");
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  const dashboardHeading = page.getByRole("heading", { level: 1, name: "Your interviews" });
  await expect(dashboardHeading).toBeFocused();
  expect(await outlineOf(page)).toEqual({ tag: "H1", outline: "none" });

  await pressWithKeyboard(page.getByRole("link", { name: "New interview" }));
  await expect(page.getByRole("heading", { level: 1, name: "New interview" })).toBeFocused();
  expect(await outlineOf(page)).toEqual({ tag: "H1", outline: "none" });

  // Controls still show their ring when reached by keyboard.
  await page.keyboard.press("Tab");
  expect((await outlineOf(page)).outline).toBe("solid");
});

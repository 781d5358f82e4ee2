import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until the target has focus (at most `maxPresses` times), as a keyboard-only user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  const handle = await target.elementHandle();
  expect(handle, "the element to reach with Tab exists").not.toBeNull();
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate((element) => document.activeElement === element, handle);
    if (focused) return;
  }
  throw new Error(`Tab did not reach the element within ${maxPresses} presses`);
}

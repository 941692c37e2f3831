import { expect, test } from "@playwright/test";

test("the search page moves nothing on screen while its results arrive", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/search?q=${encodeURIComponent("年报")}`);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  // Lighthouse's "good" threshold for cumulative layout shift is 0.1; the site's budget is 0.05.
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(0.05);
});

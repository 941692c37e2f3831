import { expect, type Page } from "@playwright/test";

/**
 * Open /search?q=<query>, wait for the first result and a moment more, and return the page's cumulative layout
 * shift over all of it.
 */
export async function layoutShiftOfSearch(page: Page, query: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  return shifts.reduce((sum, value) => sum + value, 0);
}

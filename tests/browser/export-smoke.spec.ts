import { expect, test } from "@playwright/test";
import { layoutShiftOfSearch } from "../support/layout-shift";

/**
 * The static export (npm run export) served by a plain static file server, as an operator's CDN would serve it:
 * the home page, an article and a search work without Next's server.
 */
test.describe("the static export works from a plain file server", () => {
  test("home, an article and a search", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("让电信业务经营许可证按时续上");

    await page.goto("/articles/value-added-licence-renewal");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("续期");

    await expect(page.locator("search[data-ready]").first()).toBeAttached();
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill("年报");
    await expect(page.getByRole("option").first()).toBeVisible();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator(".search-result").first()).toBeVisible();
  });

  test("the search page moves nothing on screen while its results arrive from the browser's search", async ({
    page,
  }) => {
    // The export's /search is one file for every query: the results are found in the browser after it loads.
    expect(await layoutShiftOfSearch(page, "年报")).toBeLessThanOrEqual(0.05);
  });
});

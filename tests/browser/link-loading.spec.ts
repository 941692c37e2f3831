import { expect, type Page, test } from "@playwright/test";

/** Fetches of another page's data: what a Next.js link prefetches, or what opening a page on the client loads. */
function pageDataRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "fetch" && !request.url().includes("/search-index/"))
      urls.push(request.url());
  });
  return urls;
}

/** Wait until React has attached its handlers (the search box marks it), as a click would otherwise reload. */
async function hydrated(page: Page) {
  await expect(page.locator("search[data-ready]").first()).toBeAttached();
}

const guide = "/articles/value-added-licence-renewal";

test.describe("links load the next page when the reader goes for it, not before", () => {
  test("a guide fetches no other page's data while the reader scrolls, only for the link they focus", async ({
    page,
  }) => {
    const requests = pageDataRequests(page);
    await page.goto(guide, { waitUntil: "networkidle" });
    await hydrated(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);

    const related = page.getByRole("region", { name: "相关文章" }).getByRole("link").first();
    const target = (await related.getAttribute("href")) ?? "";
    await related.focus();
    await expect.poll(() => requests.some((url) => new URL(url).pathname.startsWith(target))).toBe(true);
  });

  test("a link in the article's text opens the linked article without reloading the page", async ({
    page,
  }) => {
    await page.goto(guide);
    await hydrated(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('.prose a[href="/articles/annual-report-guide"]').first().click();
    await expect(page).toHaveURL(/\/articles\/annual-report-guide$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("年报");
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  });

  test("a link in the article's text to a heading of another article lands on that heading", async ({
    page,
  }) => {
    await page.goto(guide);
    await hydrated(page);
    await page.locator('.prose a[href="/articles/annual-report-guide#overdue"]').first().click();
    await expect(page).toHaveURL(/\/articles\/annual-report-guide#overdue$/);
    await expect(page.locator("#overdue")).toBeInViewport();
  });
});

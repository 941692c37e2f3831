import { expect, type Page, test } from "@playwright/test";

const annualReport = "/articles/annual-report-guide";

/** Whether the heading is in the viewport and nothing (a sticky header) covers its first line. */
async function headingInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((anchor) => {
    const heading = document.getElementById(anchor);
    if (!heading) return false;
    const box = heading.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) return false;
    const atPoint = document.elementFromPoint(box.left + 8, box.top + Math.min(box.height / 2, 12));
    return atPoint !== null && heading.contains(atPoint);
  }, id);
}

test.describe("search results carry the sections of an article that answer the query", () => {
  test("/search?q=年报逾期 lists the annual-report guide once, with its overdue section, and the sub-result lands on that heading", async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent("年报逾期")}`);
    const results = page.locator("main ol.search-results > li");
    await expect(results.first()).toBeVisible();
    const articleLinks = await page
      .locator("main ol.search-results > li h2 a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(articleLinks.filter((href) => href === annualReport)).toHaveLength(1);

    const result = results.filter({ has: page.locator(`h2 a[href="${annualReport}"]`) });
    const overdue = result.locator(`a[href="${annualReport}#overdue"]`);
    await expect(overdue).toHaveText("逾期未报的后果");
    await overdue.click();
    await expect(page).toHaveURL(new RegExp(`${annualReport}#overdue$`));
    await expect(page.getByRole("heading", { name: "逾期未报的后果" })).toBeVisible();
    await expect.poll(() => headingInView(page, "overdue")).toBe(true);
  });

  test("the header dropdown shows the same sub-result under its article, and Enter on it opens the heading", async ({
    page,
  }) => {
    await page.goto("/articles");
    await expect(page.locator("search[data-ready]").first()).toBeAttached();
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill("年报逾期");
    const section = page
      .locator(".search-option-section")
      .filter({ has: page.locator(".search-option-section-title", { hasText: /^逾期未报的后果$/ }) });
    await expect(section).toBeVisible();
    const index = Number((await section.getAttribute("id"))?.split("-option-")[1]);
    expect(index).toBeGreaterThan(0);
    for (let i = 0; i <= index; i++) await box.press("ArrowDown");
    await expect(section).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${annualReport}#overdue$`));
    await expect.poll(() => headingInView(page, "overdue")).toBe(true);
  });
});

test.describe("a link to a heading, opened from outside the site", () => {
  test("the page opens with that heading in view, though the blocks above it are laid out only on demand", async ({
    page,
  }) => {
    await page.goto("/articles/value-added-licence-renewal#常见问题");
    await expect(page.getByRole("heading", { level: 2, name: /常见问题/ })).toBeVisible();
    await expect.poll(() => headingInView(page, "常见问题")).toBe(true);
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(await headingInView(page, "常见问题")).toBe(true);
  });
});

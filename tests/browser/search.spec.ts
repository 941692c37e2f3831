import { expect, type Page, test } from "@playwright/test";

/** Wait until the page's search boxes are hydrated, as a reader's key presses would otherwise go nowhere. */
async function searchReady(page: Page) {
  await expect(page.locator("search[data-ready]").first()).toBeAttached();
}

const heroSearch = (page: Page) =>
  page.getByRole("search").filter({ has: page.getByPlaceholder(/输入你的问题/) });

test.describe("search in Chinese from any page", () => {
  test("typing 续期 on the home page shows the renewal guide first with 续期 highlighted, and /search gives the same list", async ({
    page,
  }) => {
    await page.goto("/");
    await searchReady(page);
    const box = heroSearch(page).getByRole("combobox");
    await box.fill("续期");
    const options = page.getByRole("option");
    await expect(options.first()).toContainText("增值电信业务经营许可证续期（延续）办理指南");
    await expect(options.first().locator("mark").filter({ hasText: "续期" }).first()).toBeVisible();
    await expect(heroSearch(page).getByRole("status")).toHaveText(/找到 \d+ 条结果/);
    const dropdown = await options.locator(".search-option-title").allTextContents();

    await page.goto(`/search?q=${encodeURIComponent("续期")}`);
    const results = page.locator(".search-result-title");
    await expect(results.first()).toHaveText(dropdown[0] ?? "");
    const pageTitles = await results.allTextContents();
    expect(pageTitles.slice(0, dropdown.length)).toEqual(dropdown);
    await expect(page.locator(".search-result").first().locator("mark").first()).toBeVisible();
  });

  test("the keyboard works: / focuses the search box, ↑ ↓ choose, Enter opens, Esc closes", async ({
    page,
  }) => {
    await page.goto("/topics");
    await searchReady(page);
    await page.keyboard.press("/");
    const box = page.getByRole("banner").getByRole("combobox");
    await expect(box).toBeFocused();
    await page.keyboard.type("年报");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    const title =
      (await page.getByRole("option").first().locator(".search-option-title").textContent()) ?? "";
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("Ctrl+K focuses the search box and Enter without a choice opens the results page", async ({
    page,
  }) => {
    await page.goto("/licences");
    await searchReady(page);
    await page.keyboard.press("Control+k");
    const box = page.getByRole("banner").getByRole("combobox");
    await expect(box).toBeFocused();
    await page.keyboard.type("呼叫中心年报什么时候报");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator(".search-result-title").first()).toContainText("年报");
  });

  test("a search with no results says so and offers the licence categories and main guides", async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent("量子纠缠咖啡")}`);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("没有找到结果");
    await expect(page.getByText(/没有找到与“量子纠缠咖啡”相关的文章/)).toBeVisible();
    await expect(page.getByRole("region", { name: "常用指南" }).getByRole("link").first()).toBeVisible();
    await page
      .getByRole("region", { name: "按许可证类别" })
      .getByRole("link", { name: /呼叫中心/ })
      .click();
    await expect(page).toHaveURL(/\/licences\/b24$/);
  });

  test("an article page's first load fetches no search index bytes", async ({ page }) => {
    const indexRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/search-index/")) indexRequests.push(request.url());
    });
    await page.goto("/articles/annual-report-guide", { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(500);
    expect(indexRequests).toEqual([]);

    await page.getByRole("banner").getByRole("combobox").fill("续期");
    await expect(page.getByRole("option").first()).toBeVisible();
    expect(indexRequests.length).toBeGreaterThan(0);
  });
});

test.describe("a shared results link, opened on a phone whose scripts have not run", () => {
  test.use({ javaScriptEnabled: false });

  test("/search?q=年报逾期 arrives with its results and sub-results in the page itself", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("年报逾期")}`);
    const first = page.locator(".search-result").first();
    await expect(first.locator(".search-result-title")).toHaveText("增值电信业务经营许可年报指南");
    await expect(first.locator(".search-result-snippet mark").first()).toBeVisible();
    await expect(first.getByRole("link", { name: /逾期/ }).first()).toHaveAttribute(
      "href",
      /^\/articles\/annual-report-guide#/,
    );
    await expect(page.getByRole("searchbox")).toHaveValue("年报逾期");
  });
});

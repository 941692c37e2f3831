import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  home: "/",
  "guide article": "/articles/value-added-licence-renewal",
  "explainer article": "/articles/sms-code-numbers",
  "all articles": "/articles",
  "licence categories": "/licences",
  "licence category": "/licences/b25",
  topics: "/topics",
  topic: "/topics/annual-report",
  regions: "/regions",
  region: "/regions/national",
  updates: "/updates",
  "not found": "/no-such-page",
  "search results": "/search?q=%E7%BB%AD%E6%9C%9F",
  "search without results": "/search?q=%E9%87%8F%E5%AD%90",
  tools: "/tools",
  "renewal planner": "/tools/renewal-planner",
  "licence finder": "/tools/licence-finder",
};

for (const [kind, path] of Object.entries(pages)) {
  test(`axe finds no violations on the ${kind} page`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("axe finds no violations with the search results open", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("search[data-ready]").first()).toBeAttached();
  await page.getByRole("banner").getByRole("combobox").fill("年报");
  await expect(page.getByRole("option").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});

test("axe finds no violations with the table of contents open", async ({ page, isMobile }) => {
  await page.goto("/articles/value-added-licence-renewal");
  // Phones show a collapsible table of contents; wide screens show it open in the side column.
  if (isMobile) await page.getByText(/本文目录（/).click();
  await expect(
    page.getByRole("navigation", { name: "本文目录" }).filter({ visible: true }).getByRole("link").first(),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

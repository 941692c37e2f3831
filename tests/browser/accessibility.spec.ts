import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { pageSamples } from "../support/page-samples";

for (const [kind, path] of Object.entries(pageSamples)) {
  test(`axe finds no violations on the ${kind} page`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("axe finds no violations with the search results open", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("search[data-ready]").first()).toBeAttached();
  await page.getByRole("banner").getByRole("combobox").fill("年报");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(await axeViolations(page, { rules: "all" })).toEqual([]);
});

test("axe finds no violations with the table of contents open", async ({ page, isMobile }) => {
  await page.goto("/articles/value-added-licence-renewal");
  // Phones show a collapsible table of contents; wide screens show it open in the side column.
  if (isMobile) await page.getByText(/本文目录（/).click();
  await expect(
    page.getByRole("navigation", { name: "本文目录" }).filter({ visible: true }).getByRole("link").first(),
  ).toBeVisible();
  expect(await axeViolations(page, { rules: "all" })).toEqual([]);
});

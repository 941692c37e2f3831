import { expect, test } from "@playwright/test";

test.describe("an article's sources footer explains how the site cites", () => {
  for (const slug of ["value-added-licence-renewal", "content-violation-reporting"]) {
    test(`${slug}: the footer links to the citation notes, which explain 据转引`, async ({ page }) => {
      await page.goto(`/articles/${slug}`);
      const sources = page.getByRole("region", { name: "依据与来源" });
      await sources.getByRole("link", { name: "本站如何引用法规与条文" }).click();
      await expect(page).toHaveURL(/\/articles\/citation-notes$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("本站如何引用法规与条文");
      await expect(page.locator("#relayed")).toContainText("据转引");
    });
  }
});

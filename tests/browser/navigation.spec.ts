import { expect, test } from "@playwright/test";

test.describe("a reader follows links from the home page through the guides", () => {
  test("home → renewal guide → a related article → back", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("让电信业务经营许可证按时续上");

    await page.getByRole("link", { name: "阅读这篇指南" }).click();
    await expect(page).toHaveURL(/\/articles\/value-added-licence-renewal$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("续期");

    const related = page.getByRole("region", { name: "相关文章" });
    const firstRelated = related.getByRole("link").first();
    const relatedTitle = (await firstRelated.textContent()) ?? "";
    await firstRelated.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(relatedTitle);

    await page.goBack();
    await expect(page).toHaveURL(/\/articles\/value-added-licence-renewal$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("续期");
  });

  test("the guide shows its checklist, numbered steps, warnings, FAQ and sources", async ({ page }) => {
    await page.goto("/articles/value-added-licence-renewal");
    const checklist = page.getByRole("region", { name: "前提与材料" });
    await expect(checklist.getByRole("checkbox").first()).toBeVisible();
    await checklist.getByRole("checkbox").first().check();
    await expect(checklist.getByRole("checkbox").first()).toBeChecked();

    const steps = page.getByRole("region", { name: "办理步骤" });
    await expect(steps.getByRole("heading", { level: 3 }).first()).toContainText("第 1 步");
    await expect(page.getByRole("region", { name: "常见误区" }).locator(".warning").first()).toBeVisible();
    await expect(page.locator("#expired-licence")).toBeVisible();
    await expect(page.getByRole("region", { name: "依据与来源" })).toContainText("电信");
    await expect(page.getByText("事实核查于")).toBeVisible();
  });

  test("the table of contents takes the reader to a section", async ({ page, isMobile }) => {
    await page.goto("/articles/value-added-licence-renewal");
    const toc = page.getByRole("navigation", { name: "本文目录" }).filter({ visible: true });
    if (isMobile) await toc.getByText(/本文目录/).click();
    await toc.getByRole("link", { name: "常见问题" }).click();
    await expect(page).toHaveURL(/#%E5%B8%B8%E8%A7%81%E9%97%AE%E9%A2%98$/);
    await expect(page.getByRole("heading", { level: 2, name: /常见问题/ })).toBeInViewport();
  });

  test("a licence category page lists its articles", async ({ page }) => {
    await page.goto("/licences");
    await page.getByRole("link", { name: /B24\s*呼叫中心业务/ }).click();
    await expect(page).toHaveURL(/\/licences\/b24$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("呼叫中心业务");
    // The article list (the stages above it link some of the same articles).
    const list = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(list.getByRole("link", { name: "呼叫中心业务（B24）许可证申请指南" })).toBeVisible();
  });

  test("a topic page lists its articles", async ({ page }) => {
    await page.goto("/topics/renewal");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("续期");
    await expect(page.getByRole("link", { name: /增值电信业务经营许可证续期/ })).toBeVisible();
  });

  test("an unknown address gives the Chinese 404 page with ways back in", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到这个页面");
    await page.getByRole("main").getByRole("link", { name: "许可证类别" }).click();
    await expect(page).toHaveURL(/\/licences$/);
  });

  test("the keyboard reaches the skip link first and it moves focus to the content", async ({ page }) => {
    await page.goto("/articles/value-added-licence-renewal");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toBeVisible();
  });
});

import { expect, type Page, test } from "@playwright/test";

/** Whether the page scrolls sideways (it never should, at any width). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** One licence's entry on the map. */
const licenceRow = (page: Page, name: RegExp) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name }) });

test.describe("the coverage map shows, for every licence, which page answers each stage", () => {
  test("is reached from the licence categories and from a licence page", async ({ page }) => {
    await page.goto("/licences");
    await page.getByRole("main").getByRole("link", { name: "办理事项总览" }).click();
    await expect(page).toHaveURL(/\/coverage$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("办理事项总览");

    await page.goto("/licences/b24");
    await page.getByRole("link", { name: "所有许可证的办理事项总览" }).click();
    await expect(page).toHaveURL(/\/coverage$/);
  });

  test("names each licence and every stage for it, readable without scrolling sideways", async ({
    page,
    isMobile,
  }) => {
    await page.goto("/coverage");
    expect(await scrollsSideways(page)).toBe(false);
    const row = licenceRow(page, /B25\s*信息服务业务/);
    const stages = ["入门/申请", "年报", "变更", "续期", "注销", "合规", "外资"];
    // Each stage is named for the licence's answers: beside them on a phone, above the column on a wide screen.
    await expect(row.getByRole("term")).toHaveText(stages);
    for (const stage of stages) {
      const label = isMobile
        ? row.getByRole("term").filter({ hasText: stage })
        : page.locator(".coverage-head").first().getByText(stage, { exact: true });
      await label.scrollIntoViewIfNeeded();
      await expect(label).toBeInViewport();
      // Whole from side to side: nothing of it is cut off at either edge of the screen.
      const box = await label.boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(
        box && box.x >= 0 && box.x + box.width <= width,
        `${stage}: ${JSON.stringify(box)} in ${width}px`,
      ).toBe(true);
    }
    await expect(row.getByRole("definition").nth(3).getByRole("link").first()).toBeVisible();
  });

  test("every stage either links its answers or says there is none and links the stage's articles", async ({
    page,
  }) => {
    await page.goto("/coverage");
    const cells = page.getByRole("definition");
    expect(await cells.count()).toBeGreaterThan(7 * 10);
    for (const cell of await cells.all()) {
      const answers = await cell.getByRole("link").count();
      if ((await cell.locator(".licence-stage-empty").count()) === 0) expect(answers).toBeGreaterThan(0);
      else {
        await expect(cell).toContainText("本站还没有专门说明");
        await expect(cell.getByRole("link")).toHaveAttribute("href", /^\/topics\/[a-z-]+$/);
      }
    }
  });

  test("a section answer lands on its heading in the article", async ({ page }) => {
    await page.goto("/coverage");
    const section = page.getByRole("link", { name: /一节$/ }).first();
    const href = (await section.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+#[a-z-]+$/);
    await section.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  });

  test("the jump list takes the reader to a licence", async ({ page }) => {
    await page.goto("/coverage");
    await page
      .getByRole("navigation", { name: "按许可证跳转" })
      .getByRole("link", { name: "呼叫中心" })
      .click();
    await expect(page).toHaveURL(/\/coverage#b24$/);
    await expect(licenceRow(page, /B24\s*呼叫中心业务/).getByRole("heading")).toBeInViewport();
  });

  test("“另有 N 篇” leads to every article about the licence", async ({ page }) => {
    await page.goto("/coverage");
    const more = licenceRow(page, /B25\s*信息服务业务/)
      .getByRole("link", { name: /^另有 \d+ 篇$/ })
      .first();
    await more.click();
    await expect(page).toHaveURL(/\/licences\/b25#articles$/);
    await expect(page.getByRole("heading", { level: 2, name: /\d+ 篇文章/ })).toBeInViewport();
  });
});

test("a licence page shows its own stages as a list", async ({ page }) => {
  await page.goto("/licences/b11");
  const stages = page.getByRole("region", { name: "办理事项一览" });
  await expect(stages.getByRole("term")).toHaveText([
    "入门/申请",
    "年报",
    "变更",
    "续期",
    "注销",
    "合规",
    "外资",
  ]);
  for (const term of await stages.getByRole("term").all()) await expect(term).toBeVisible();
  // The IDC cancellation guide is about IDC alone: the most specific answer comes first.
  const cancellation = stages.getByRole("definition").nth(4);
  await expect(cancellation.getByRole("link").first()).toHaveAttribute(
    "href",
    "/articles/idc-licence-cancellation",
  );
  expect(await scrollsSideways(page)).toBe(false);
});

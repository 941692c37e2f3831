import { expect, test } from "@playwright/test";
import { hostileMarkdown } from "../support/hostile";
import { renderMarkdownHtmlForTest } from "../support/render-html";

test("hostile Markdown renders in a real browser with nothing executing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  // Article prose as the site renders it (the real <Markdown> component; vitest covers the React-element path too).
  const body = renderMarkdownHtmlForTest(hostileMarkdown);
  // A blank page, so that no script of the site itself is present to confuse the count below.
  await page.goto("about:blank");
  await page.setContent(`<!doctype html><html lang="zh-CN"><body><main>${body}</main></body></html>`);

  for (const link of await page.getByRole("link").all()) {
    await link.hover();
    if (!(await link.getAttribute("href"))?.startsWith("http")) await link.click({ noWaitAfter: true });
  }
  await page.waitForTimeout(300);

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(
    await page
      .locator("main")
      .locator("script, iframe, object, embed, [onerror], [onclick], [onmouseover]")
      .count(),
  ).toBe(0);
  expect(requests.filter((url) => url.startsWith("data:") || url.startsWith("javascript:"))).toEqual([]);
  await expect(page.getByText("正文结尾。")).toBeVisible();
});

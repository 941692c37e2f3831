import { expect, type Page, test } from "@playwright/test";
import { pageSamples } from "../support/page-samples";

/**
 * The site's Content-Security-Policy must let every page kind work: a violation means a blocked script or style
 * (a page that stops hydrating, a search box that never loads). Each page is opened and used; any
 * `securitypolicyviolation` event, console error or uncaught exception fails the test.
 */
/** Every kind of page but the 404, whose own status is a console error (its test is at the end). */
const pages = Object.entries(pageSamples).filter(([kind]) => kind !== "not found");

interface Problems {
  list: string[];
}

/** Record violations, console errors and page errors from the first byte of the page on. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { list: [] };
  await page.exposeFunction("reportViolation", (text: string) => problems.list.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(
        `CSP ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.list.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.list.push(`page error: ${error.message}`));
  return problems;
}

/**
 * The page is hydrated once its search boxes are (React ran, so no script was blocked). A soft check, so that a
 * failure goes on to list the violations that caused it.
 */
async function hydrated(page: Page) {
  await expect.soft(page.locator("search[data-ready]").first()).toBeAttached();
}

test.describe("the Content-Security-Policy blocks nothing the site needs", () => {
  for (const [kind, path] of pages) {
    test(`the ${kind} page loads and hydrates without a violation or console error`, async ({ page }) => {
      const problems = await watch(page);
      const response = await page.goto(path);
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
      await hydrated(page);
      await page.waitForLoadState("networkidle");
      expect(problems.list).toEqual([]);
    });
  }

  test("the search box loads its engine and index, and Enter opens the results page, without a violation", async ({
    page,
  }) => {
    const problems = await watch(page);
    await page.goto("/articles/annual-report-guide");
    await hydrated(page);
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill("续期");
    await expect(page.getByRole("option").first()).toBeVisible();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator(".search-result").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(problems.list).toEqual([]);
  });

  test("the 404 page shows without a violation (the 404 status itself is the only console error)", async ({
    page,
  }) => {
    const problems = await watch(page);
    const response = await page.goto("/articles/does-not-exist");
    expect(response?.status()).toBe(404);
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    expect(problems.list).toEqual([
      "console: Failed to load resource: the server responded with a status of 404 (Not Found)",
    ]);
  });
});

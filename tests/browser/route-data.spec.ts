import { expect, type Locator, type Page, type Request, test } from "@playwright/test";

/**
 * Client navigation, and exactly which route data it fetches, on the site two ways (playwright.config.ts starts
 * both): under `next start`, and as the static export served as plain files. The export keeps one data file per
 * page beside its HTML (scripts/light-pages.ts); these tests are the record of what navigation asks for, so a file
 * the build drops can never be one a reader's browser needs.
 */
const port = Number(process.env.TEST_PORT ?? 3100);
const sites = [
  { name: "next start", origin: `http://localhost:${port}`, staticExport: false },
  { name: "the static export", origin: `http://localhost:${port + 1}`, staticExport: true },
];

const guide = "/articles/value-added-licence-renewal";
const annualReport = "/articles/annual-report-guide";

/**
 * What the page fetched for other pages, one line per request once its answer is in (a navigation does not wait for
 * a prefetch still on its way: it asks for the page's data itself): under `next start` the address and what Next
 * asked for (a prefetch of the route tree or of one segment, or the whole page's data), in the export the file.
 */
function routeDataRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  const record = (request: Request, failed = false) => {
    if (request.resourceType() !== "fetch" || request.url().includes("/search-index/")) return;
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    const segment = request.headers()["next-router-segment-prefetch"];
    const what = segment ? `prefetch ${segment}` : request.headers().rsc ? "page data" : request.method();
    const line = url.pathname.endsWith(".txt")
      ? decodeURIComponent(url.pathname)
      : `${url.pathname} (${what})`;
    seen.push(failed ? `${line} FAILED` : line);
  };
  page.on("requestfinished", (request) => record(request));
  page.on("requestfailed", (request) => record(request, true));
  return seen;
}

/** React has attached its handlers (the search box marks it); a click before that would load a new document. */
async function hydrated(page: Page) {
  await expect(page.locator("search[data-ready]").first()).toBeAttached();
}

/** Marks the document: the mark survives a client navigation and is gone after a full page load. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const sameDocument = (page: Page) => page.evaluate(() => "sameDocument" in window);

/**
 * Clicks a link and returns the requests that follow, less those for the link the pointer then rests on: after the
 * navigation the pointer stays where it clicked, and a link of the new page under it is one the reader points at,
 * so Next prefetches it on intent (seen on the phone viewport, where /licences/b23 lands under the pointer).
 */
async function clickAndRecord(page: Page, link: Locator, requests: string[], landed: () => Promise<void>) {
  const box = await link.boundingBox();
  if (!box) throw new Error("the link to click is not on screen");
  const beforeClick = requests.length;
  await link.click();
  await landed();
  const pointed = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("a")?.pathname ?? null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  return requests
    .slice(beforeClick)
    .filter((line) => pointed === null || !(line.startsWith(`${pointed} `) || line === `${pointed}.txt`));
}

for (const site of sites) {
  test.describe(`client navigation fetches one page's data, on ${site.name}`, () => {
    test("to a related article, on the reader's intent and click, and back", async ({ page }) => {
      const requests = routeDataRequests(page, site.origin);
      await page.goto(`${site.origin}${guide}`);
      await hydrated(page);
      await markDocument(page);
      const firstParagraph = page.locator(".article-body .prose").first();
      const opening = (await firstParagraph.textContent()) ?? "";
      expect(opening).toContain("有效期");

      const link = page.getByRole("region", { name: "相关文章" }).getByRole("link", { name: /年报/ }).first();
      await expect(link).toHaveAttribute("href", annualReport);
      await link.focus();
      if (site.staticExport) await page.waitForTimeout(300);
      else
        await expect
          .poll(() => requests)
          .toEqual([
            `${annualReport} (prefetch /_tree)`,
            `${annualReport} (prefetch /articles/$d$slug/__PAGE__)`,
          ]);
      const beforeClick = requests.length;
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${annualReport}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText("年报");
      await expect(page.locator(".article-body .prose").first()).not.toBeEmpty();
      expect(await sameDocument(page)).toBe(true);
      // The export fetches the page's one data file when the link is clicked; `next start` had it all on intent.
      expect(requests.slice(beforeClick)).toEqual(site.staticExport ? [`${annualReport}.txt`] : []);

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${guide}$`));
      // The first page's prose comes back though its inline data never carried it (components/StaticHtml.tsx).
      await expect(page.locator(".article-body .prose").first()).toHaveText(opening);
      await expect(
        page.getByRole("region", { name: "相关文章" }).getByRole("listitem").first(),
      ).not.toBeEmpty();
      expect(await sameDocument(page)).toBe(true);
      expect(requests.length).toBe(site.staticExport ? 1 : 2);
    });

    test("from a link in the article's text to another article", async ({ page }) => {
      const requests = routeDataRequests(page, site.origin);
      await page.goto(`${site.origin}${guide}`);
      await hydrated(page);
      await markDocument(page);
      const link = page.locator(`.prose a[href="${annualReport}"]`).first();
      await link.hover();
      if (site.staticExport) await page.waitForTimeout(300);
      else
        await expect
          .poll(() => requests)
          .toEqual([
            `${annualReport} (prefetch /_tree)`,
            `${annualReport} (prefetch /articles/$d$slug/__PAGE__)`,
          ]);
      const afterClick = await clickAndRecord(page, link, requests, async () => {
        await expect(page).toHaveURL(new RegExp(`${annualReport}$`));
        await expect(page.getByRole("heading", { level: 1 })).toContainText("年报");
      });
      expect(await sameDocument(page)).toBe(true);
      expect(afterClick).toEqual(site.staticExport ? [`${annualReport}.txt`] : []);
    });

    test("from a search result", async ({ page }) => {
      const requests = routeDataRequests(page, site.origin);
      await page.goto(`${site.origin}/`);
      await hydrated(page);
      await markDocument(page);
      const box = page.getByRole("banner").getByRole("combobox");
      await box.fill("年报");
      const result = page.getByRole("option").first();
      await expect(result).toBeVisible();
      const title = ((await result.locator(".search-option-title").textContent()) ?? "").trim();
      expect(requests).toEqual([]);
      const afterClick = await clickAndRecord(page, result, requests, async () => {
        await expect(page).toHaveURL(/\/articles\/[\w-]+/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
        await expect(page.locator(".article-body .prose").first()).not.toBeEmpty();
      });
      const path = new URL(page.url()).pathname;
      expect(await sameDocument(page)).toBe(true);
      expect(afterClick).toEqual(site.staticExport ? [`${path}.txt`] : [`${path} (page data)`]);
    });
  });
}

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPILE_HINT } from "../../scripts/compile-hints";
import { formatJsTable, heaviestByKind, jsBudgetKb, measureFirstLoadJs } from "../../scripts/first-load-js";

/**
 * Over the output of `npm run export` and `npm run build` (as `npm test` runs them): what a phone downloads and runs
 * before a page works.
 * Sizes, not times, so they hold on any machine.
 */
const pages = measureFirstLoadJs();
const heaviest = heaviestByKind(pages);
console.log(`First-load JS per route kind (gzip)\n${formatJsTable(pages, jsBudgetKb)}`);

/** Pages readers read: the code of the search page and of each reader tool has no business there. */
const readingKinds = new Set(["home", "article", "category", "listing", "not found"]);
const homeChunks = new Set(pages.find((page) => page.route === "/")?.chunks);

describe("first-load JavaScript per page kind", () => {
  it("is measured over every kind of page the build prerenders", () => {
    expect([...heaviest.keys()]).toEqual(
      expect.arrayContaining(["home", "article", "category", "listing", "search"]),
    );
    expect(pages.every((page) => page.files > 0)).toBe(true);
  });

  it.each([...heaviest.keys()])("%s pages stay within their gzip budget", (kind) => {
    const page = heaviest.get(kind);
    expect(page && page.total / 1000, `heaviest ${kind} page: ${page?.route}`).toBeLessThanOrEqual(
      jsBudgetKb(kind),
    );
  });

  it("the search page's and each reader tool's own code loads on no reading page", () => {
    const ownCode = pages
      .filter((page) => page.kind === "search" || page.kind.startsWith("tool "))
      .map((page) => ({ route: page.route, chunks: page.chunks.filter((chunk) => !homeChunks.has(chunk)) }));
    expect(ownCode.find((page) => page.route === "/search")?.chunks.length).toBeGreaterThan(0);
    for (const { route, chunks } of ownCode) {
      const carriers = pages.filter(
        (page) => readingKinds.has(page.kind) && page.chunks.some((chunk) => chunks.includes(chunk)),
      );
      expect(
        carriers.map((page) => page.route),
        `code of ${route} loaded elsewhere`,
      ).toEqual([]);
    }
  });

  it("every script a page loads first is compiled while it streams in (V8 compile hint)", () => {
    const firstLoad = [...new Set(pages.flatMap((page) => page.chunkFiles))];
    const unhinted = firstLoad.filter((file) => !readFileSync(file, "utf8").startsWith(COMPILE_HINT));
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(unhinted).toEqual([]);
  });
});

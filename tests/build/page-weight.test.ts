import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFlightRows, readInlineFlight, serializeFlightRows } from "../../scripts/flight";
import {
  carriedTwice,
  filesPerPageBudget,
  measurePages,
  pageBudgetBytes,
  weightViolations,
} from "../../scripts/page-weight";

/**
 * Over the output of `npm run export` (out/) and `npm run build` (.next/server/app), as `npm test` runs them: what
 * each page weighs as a phone downloads it, and how many files the export writes per page (issue 23). Sizes, not
 * times, so they hold on any machine. Budgets: scripts/page-weight.ts; `npm run bench:weight` shows where the
 * bytes of a page come from.
 */
const exported = measurePages("out");
const served = measurePages(".next/server/app");

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
console.log(
  `HTML per page kind (heaviest page, KB raw / gzip, and its budget)\n${[
    ...new Set(exported.map((p) => p.kind)),
  ]
    .sort()
    .map((kind) => {
      const page = exported.filter((p) => p.kind === kind).reduce((a, b) => (b.htmlRaw > a.htmlRaw ? b : a));
      const budget = pageBudgetBytes(page);
      return `${kind.padEnd(22)}${kb(page.htmlRaw).padStart(7)} / ${kb(page.htmlGzip).padStart(5)}   budget ${kb(
        budget.raw,
      ).padStart(6)} / ${kb(budget.gzip).padStart(5)}   ${page.route}`;
    })
    .join("\n")}`,
);

describe("page weight", () => {
  it("is measured over every kind of page", () => {
    expect(new Set(exported.map((page) => page.kind))).toEqual(
      new Set(
        ["home", "article", "category", "listing", "search", "not found", "other"].concat(
          exported.filter((p) => p.kind.startsWith("tool ")).map((p) => p.kind),
        ),
      ),
    );
    expect(exported.length).toBeGreaterThan(20);
  });

  it("no page carries its stylesheet, static HTML or JSON-LD a second time in its inline data", () => {
    const twice = [...exported, ...served].flatMap((page) => {
      const dir = exported.includes(page) ? "out" : ".next/server/app";
      const found = carriedTwice(readFileSync(path.join(dir, page.html), "utf8"));
      return found.length > 0 ? [`${dir}/${page.html}: ${found.join(", ")}`] : [];
    });
    expect(twice).toEqual([]);
  });

  it("every page's inline payload reads into rows and writes back byte for byte (scripts/flight.ts)", () => {
    const unreadable = exported.filter((page) => {
      const { bytes } = readInlineFlight(readFileSync(path.join("out", page.html), "utf8"));
      return bytes.length === 0 || !serializeFlightRows(parseFlightRows(bytes)).equals(bytes);
    });
    expect(unreadable.map((page) => page.route)).toEqual([]);
  });

  it("every page of the static export keeps its HTML within its kind's budget, raw and gzip", () => {
    expect(weightViolations(exported)).toEqual([]);
  });

  it("every page `next start` serves from the build keeps its HTML within its kind's budget", () => {
    expect(served.length).toBeGreaterThan(20);
    expect(weightViolations(served)).toEqual([]);
  });

  it(`the export writes ${filesPerPageBudget} files per page: its HTML and the data a client navigation fetches`, () => {
    expect(weightViolations(exported, { files: true })).toEqual([]);
    const guide = exported.find((page) => page.route === "/articles/value-added-licence-renewal");
    expect(guide?.files).toEqual([
      "articles/value-added-licence-renewal.html",
      "articles/value-added-licence-renewal.txt",
    ]);
  });
});

describe("the weight budgets fail a page that breaks them", () => {
  const fixture = mkdtempSync(path.join(tmpdir(), "page-weight-"));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    writeFileSync(path.join(fixture, file), text);
  };
  const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><body><main>${body}</main></body></html>`;
  const noise = (bytes: number) => randomBytes(Math.ceil(bytes * 0.75)).toString("base64");
  const links = (count: number) =>
    Array.from({ length: count }, (_, i) => `<li><a href="/articles/a-${i}">文章 ${i}</a></li>`).join("");

  // An article over 110 KB and 28 KB gzip, with a route-data file too many.
  write("articles/heavy.html", page(noise(120_000)));
  write("articles/heavy.txt", "0:{}\n");
  write("articles/heavy/__next._tree.txt", "0:{}\n");
  // An article well within its budget, written as the export writes it.
  write("articles/light.html", page("<h1>续期</h1>"));
  write("articles/light.txt", "0:{}\n");
  // A listing: its budget grows with the articles it lists, not with anything else.
  const filler = "许可证续期、年报与变更的办理说明。".repeat(400);
  write("articles.html", page(`<ul>${links(30)}</ul>${filler}`));
  write("topics/renewal.html", page(`<ul>${links(30)}</ul>${noise(60_000)}`));

  const pages = measurePages(fixture);
  const violations = weightViolations(pages, { files: true });

  it("an article over its raw and gzip budget, with a file more than a navigation fetches", () => {
    expect(violations.filter((v) => v.startsWith("/articles/heavy "))).toEqual([
      expect.stringMatching(/HTML \d+ bytes > 110000$/),
      expect.stringMatching(/HTML \d+ bytes gzip > 28000$/),
      expect.stringMatching(/3 files > 2: .*__next\._tree\.txt/),
    ]);
  });

  it("a listing over the allowance for the articles it lists, and not the one within it", () => {
    expect(pages.find((p) => p.route === "/articles")?.articleLinks).toBe(30);
    expect(violations.filter((v) => v.startsWith("/topics/renewal "))).toHaveLength(2);
    expect(violations.filter((v) => v.startsWith("/articles "))).toEqual([]);
    expect(violations.filter((v) => v.startsWith("/articles/light "))).toEqual([]);
  });

  it("a page whose inline data carries a static HTML block and JSON-LD again", () => {
    const payload = [
      '1:I[1,[],"StaticHtml"]',
      "2:T9,<p>续期</p>",
      '0:["$","main",null,{"children":[["$","$L1",null,{"html":"$2","htmlKey":"k"}],' +
        '["$","script",null,{"type":"application/ld+json","dangerouslySetInnerHTML":{"__html":"{}"}}]]}]',
      "",
    ].join("\n");
    const html =
      '<main><div data-html="k"><p>续期</p></div><script type="application/ld+json">{}</script></main>' +
      `<script>self.__next_f.push(${JSON.stringify([1, payload])})</script>`;
    expect(carriedTwice(html)).toEqual([
      expect.stringMatching(/^static HTML/),
      expect.stringMatching(/^JSON-LD/),
    ]);
  });
});

/**
 * `npm run bench:weight`: where each byte of a page comes from, and what the whole output weighs. For each build
 * output named (default: the static export in out/; the bench harness's export of 1,000 generated articles is
 * peers/ours/site/out in its folder), prints:
 * - the output: files, bytes, pages, HTML bytes per page and files per page (as ../shared/bench counts them);
 * - per page kind: the heaviest page's HTML (raw and gzip) and its files, against the budgets of
 *   tests/build/page-weight.test.ts;
 * - for the renewal guide and the first generated article (`…-0001`) when present: the HTML by part (markup,
 *   inlined stylesheet, structured data, inline payload by part) and every file written for the page.
 *
 *   npm run bench:weight [-- out ../bench-weight/peers/ours/site/out]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { routes } from "../lib/routes";
import { runSitePass } from "../lib/site/pass";
import { filesPerPageBudget, htmlParts, measurePages, type PageWeight, pageBudgetBytes } from "./page-weight";

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const outputs = dirs.length > 0 ? dirs : ["out"];

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const pad = (text: string | number, width: number) => String(text).padStart(width);

function allFiles(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isDirectory()) {
      const inner = allFiles(file);
      count += inner.count;
      bytes += inner.bytes;
    } else {
      count += 1;
      bytes += stat.size;
    }
  }
  return { count, bytes };
}

function summary(dir: string, pages: PageWeight[]) {
  const total = allFiles(dir);
  // As ../shared/bench counts: every .html file is a page (the export's 404 copies included).
  const htmlFiles =
    pages.length +
    ["404.html", "_not-found.html", "_global-error.html"].filter((f) => existsSync(path.join(dir, f))).length;
  const htmlBytes = pages.reduce((sum, page) => sum + page.htmlRaw, 0);
  console.log(
    `${dir}: ${total.count} files, ${(total.bytes / 1e6).toFixed(1)} MB; ${pages.length} pages, HTML ${kb(
      htmlBytes / pages.length,
    )} KB per page on average; ${(total.count / htmlFiles).toFixed(2)} files per page (all files / HTML files)`,
  );
}

function byKind(pages: PageWeight[]) {
  const kinds = new Map<string, { count: number; heaviest: PageWeight; mostFiles: number }>();
  for (const page of pages) {
    const entry = kinds.get(page.kind);
    if (!entry) kinds.set(page.kind, { count: 1, heaviest: page, mostFiles: page.files.length });
    else {
      entry.count += 1;
      if (page.htmlRaw > entry.heaviest.htmlRaw) entry.heaviest = page;
      entry.mostFiles = Math.max(entry.mostFiles, page.files.length);
    }
  }
  console.log(
    `\n${"kind".padEnd(22)}pages   HTML KB raw (budget)   gzip (budget)   files (budget)   heaviest page`,
  );
  for (const [kind, { count, heaviest, mostFiles }] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const budget = pageBudgetBytes(heaviest);
    console.log(
      `${kind.padEnd(20)}${pad(count, 6)}   ${pad(kb(heaviest.htmlRaw), 8)} (${pad(kb(budget.raw), 6)})   ${pad(
        kb(heaviest.htmlGzip),
        6,
      )} (${pad(kb(budget.gzip), 5)})   ${pad(mostFiles, 5)} (${filesPerPageBudget})     ${heaviest.route}`,
    );
  }
}

function breakdown(dir: string, page: PageWeight) {
  const parts = htmlParts(readFileSync(path.join(dir, page.html), "utf8"));
  const f = parts.flight;
  const share = (bytes: number) =>
    `${pad(kb(bytes), 7)} KB ${pad(((100 * bytes) / parts.raw).toFixed(0), 3)}%`;
  const lines: [string, number][] = [
    ["markup the reader sees", parts.markup],
    ["inlined stylesheet (<style>)", parts.inlineStylesheet],
    ["structured data (JSON-LD)", parts.structuredData],
    ["inline payload (self.__next_f)", parts.flightScripts],
    ["  root layout", f.layout],
    ["  page tree", f.page],
    ["    of which article prose (HTML strings)", f.prose],
    [`  stylesheet again (${f.stylesheetCopies}×)`, f.stylesheet],
    ["  structured data again", f.structuredData],
    ["  head (title, description, Open Graph)", f.head],
    ["  route tree, module references, boundaries", f.framework],
    ["other scripts (<script src>, bootstrap)", parts.otherScripts],
  ];
  console.log(
    `\n${page.route}: HTML ${kb(parts.raw)} KB raw, ${kb(parts.gzip)} KB gzip (markup alone ${kb(
      parts.markup,
    )} / ${kb(parts.markupGzip)}; inline payload alone ${kb(parts.flightScripts)} / ${kb(
      parts.flightScriptsGzip,
    )})`,
  );
  for (const [label, bytes] of lines) console.log(`  ${label.padEnd(44)}${share(bytes)}`);
  const props = [...f.clientProps]
    .filter(([, { bytes }]) => bytes > 2)
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .map(([name, { count, bytes }]) => `${name} ${count}× ${kb(bytes)} KB`);
  console.log(`  client component props (in layout and page): ${props.join(", ") || "none"}`);
  console.log(`  files for this page (${page.files.length}, ${kb(page.bytes)} KB):`);
  for (const file of page.files)
    console.log(`    ${pad(kb(statSync(path.join(dir, file)).size), 7)} KB  ${file}`);
}

/** The guide the home page features (content/featured.yaml), broken down part by part where an output has it. */
const featuredGuide = runSitePass({ root: process.cwd() }).featured?.home ?? "";

for (const dir of outputs) {
  if (!existsSync(dir)) {
    console.error(`No build output in ${dir}`);
    process.exitCode = 1;
    continue;
  }
  const pages = measurePages(dir);
  console.log("");
  summary(dir, pages);
  byKind(pages);
  const guide = pages.find((page) => page.route === routes.article(featuredGuide));
  const generated = pages.find((page) => page.kind === "article" && /-0001$/.test(page.route));
  for (const page of [guide, generated]) if (page) breakdown(dir, page);
}

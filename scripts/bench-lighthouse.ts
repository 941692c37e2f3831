/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) three times on each page a
 * phone reader lands on most, served by `next start` the way `npm start` serves the site. Prints the median score,
 * TBT, LCP, CLS and transferred JS per page, where the main-thread time went, and the first-load JS per route kind;
 * exits non-zero when a budget is broken. Not part of CI: it is slow and its times are noisy on a shared machine.
 *
 * On a shared machine, `--max-load=2` waits before each run until the 1-minute load average is at most 2 (for at
 * most `--max-wait=60` minutes), so that other work does not land in the figures; each run prints the load before
 * and after it.
 *
 *   npm run bench:lighthouse [-- --rebuild] [--runs=3] [--port=3260] [--only=guide,search] [--max-load=2] [--max-wait=60]
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { fixedPages, routes } from "../lib/routes";
import { runSitePass } from "../lib/site/pass";
import { formatJsTable, jsBudgetKb, measureFirstLoadJs } from "./first-load-js";

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const runs = Number(option("runs") ?? 3);
const port = Number(option("port") ?? process.env.PORT ?? 3260);
const only = option("only")?.split(",");
const maxLoad = option("max-load") === undefined ? undefined : Number(option("max-load"));
const maxWaitMinutes = Number(option("max-wait") ?? 60);
const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const outDir = path.join(root, ".bench", "lighthouse");

type Budget = { score?: number; tbtMs?: number; cls: number };
/** Issue 15: performance ≥ 95 and TBT ≤ 200 ms where most readers land; no layout shift anywhere. */
const landing: Budget = { score: 95, tbtMs: 200, cls: 0.05 };
const anyPage: Budget = { cls: 0.05 };

/** The guide the home page features, and the longest explainer (the cost that grows with length shows there first). */
function measuredArticles(): { guide: string; explainer: string } {
  const { articles, featured, errors } = runSitePass({ root });
  const explainers = articles.filter((article) => article.type === "explainer");
  const length = (article: (typeof articles)[number]) => JSON.stringify(article.blocks).length;
  const longest = explainers.reduce<(typeof articles)[number] | undefined>(
    (best, article) => (best && length(best) >= length(article) ? best : article),
    undefined,
  );
  if (errors.length > 0 || !featured || !longest) {
    console.error("The content has errors (npm run check): no featured guide or explainer to measure.");
    process.exit(1);
  }
  return { guide: featured.home, explainer: longest.slug };
}
const measured = measuredArticles();

type Page = { name: string; path: string; budget: Budget };
const pages: Page[] = [
  { name: "home", path: routes.home, budget: landing },
  { name: "guide", path: routes.article(measured.guide), budget: landing },
  { name: "explainer", path: routes.article(measured.explainer), budget: anyPage },
  { name: "search", path: routes.search("年报"), budget: landing },
  // Every reader tool listed among the fixed pages (lib/routes.ts) is measured as it appears.
  ...fixedPages
    .filter((p) => p.url.startsWith("/tools/"))
    .map((p) => ({ name: p.url.slice("/tools/".length), path: p.url, budget: anyPage })),
].filter((page) => !only || only.includes(page.name));

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** A build for `next start` (not a static export) is what this bench serves; build one when it is missing. */
function ensureBuild() {
  const serverBuild = existsSync(".next/BUILD_ID") && !existsSync(".next/export-detail.json");
  if (serverBuild && !args.includes("--rebuild")) return;
  console.log("Building for next start (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`next start did not answer on port ${port} within 60 s`);
}

type Run = {
  score: number;
  tbt: number;
  lcp: number;
  cls: number;
  jsKb: number;
  mainThreadMs: number;
  bootupMs: number;
  longTasks: number;
  breakdown: Record<string, number>;
};

function summarise(lhr: Result): Run {
  const audit = (id: string) => lhr.audits[id];
  const items = (id: string) => (audit(id)?.details as { items?: Record<string, unknown>[] })?.items ?? [];
  const scripts = items("network-requests").filter((r) => r.resourceType === "Script");
  const breakdown: Record<string, number> = {};
  for (const item of items("mainthread-work-breakdown"))
    breakdown[String(item.groupLabel ?? item.group)] = Number(item.duration);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: audit("total-blocking-time")?.numericValue ?? Number.NaN,
    lcp: audit("largest-contentful-paint")?.numericValue ?? Number.NaN,
    cls: audit("cumulative-layout-shift")?.numericValue ?? Number.NaN,
    jsKb: scripts.reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0) / 1024,
    mainThreadMs: audit("mainthread-work-breakdown")?.numericValue ?? Number.NaN,
    bootupMs: audit("bootup-time")?.numericValue ?? Number.NaN,
    longTasks: items("long-tasks").length,
    breakdown,
  };
}

/** Waits until the 1-minute load average is at most --max-load (at most --max-wait minutes); returns the seconds. */
async function quietMachine(): Promise<number> {
  const start = Date.now();
  if (maxLoad === undefined) return 0;
  while ((loadavg()[0] ?? 0) > maxLoad) {
    if (Date.now() - start > maxWaitMinutes * 60_000)
      throw new Error(`The load average stayed above ${maxLoad} for ${maxWaitMinutes} minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return (Date.now() - start) / 1000;
}

let runningChrome: chromeLauncher.LaunchedChrome | undefined;

async function lighthouseRun(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  runningChrome = chrome;
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
    runningChrome = undefined;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main() {
  ensureBuild();
  mkdirSync(outDir, { recursive: true });
  console.log(`Load average before: ${load()}`);
  const server = await startServer();
  const stop = () => {
    runningChrome?.kill();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    process.exit(130);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const results: { page: Page; median: Run; runs: Run[] }[] = [];
  try {
    for (const page of pages) {
      const url = `http://localhost:${port}${encodeURI(page.path)}`;
      const pageRuns: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const waited = await quietMachine();
        if (waited > 0) console.log(`  (waited ${waited.toFixed(0)} s for a load average ≤ ${maxLoad})`);
        const loadBefore = load();
        const lhr = await lighthouseRun(url);
        writeFileSync(path.join(outDir, `${page.name}-${i + 1}.json`), JSON.stringify(lhr));
        const run = summarise(lhr);
        pageRuns.push(run);
        console.log(
          `  ${page.name} run ${i + 1}: score ${run.score}, TBT ${run.tbt.toFixed(0)} ms, LCP ${run.lcp.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, load ${loadBefore} before, ${load()} after`,
        );
      }
      const pick = (key: keyof Omit<Run, "breakdown">) => median(pageRuns.map((r) => r[key]));
      const breakdown: Record<string, number> = {};
      for (const group of Object.keys(pageRuns[0]?.breakdown ?? {}))
        breakdown[group] = median(pageRuns.map((r) => r.breakdown[group] ?? 0));
      results.push({
        page,
        runs: pageRuns,
        median: {
          score: pick("score"),
          tbt: pick("tbt"),
          lcp: pick("lcp"),
          cls: pick("cls"),
          jsKb: pick("jsKb"),
          mainThreadMs: pick("mainThreadMs"),
          bootupMs: pick("bootupMs"),
          longTasks: pick("longTasks"),
          breakdown,
        },
      });
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }

  console.log(`\nLighthouse ${runs}× mobile, median per page (load average after: ${load()})\n`);
  console.table(
    Object.fromEntries(
      results.map(({ page, median: m }) => [
        page.path,
        {
          score: m.score,
          "TBT ms": Math.round(m.tbt),
          "LCP ms": Math.round(m.lcp),
          CLS: Number(m.cls.toFixed(3)),
          "JS KB transferred": Number(m.jsKb.toFixed(1)),
        },
      ]),
    ),
  );
  console.log("Where the main-thread time went (median ms; long tasks counted in the trace)\n");
  console.table(
    Object.fromEntries(
      results.map(({ page, median: m }) => [
        page.name,
        {
          total: Math.round(m.mainThreadMs),
          "script boot": Math.round(m.bootupMs),
          "long tasks": m.longTasks,
          ...Object.fromEntries(Object.entries(m.breakdown).map(([k, v]) => [k, Math.round(v)])),
        },
      ]),
    ),
  );

  console.log("First-load JS per route kind (gzip)\n");
  console.log(formatJsTable(measureFirstLoadJs(root), jsBudgetKb));

  const failures = results.flatMap(({ page, median: m }) => {
    const broken: string[] = [];
    if (page.budget.score !== undefined && m.score < page.budget.score)
      broken.push(`score ${m.score} < ${page.budget.score}`);
    if (page.budget.tbtMs !== undefined && m.tbt > page.budget.tbtMs)
      broken.push(`TBT ${Math.round(m.tbt)} ms > ${page.budget.tbtMs} ms`);
    if (m.cls > page.budget.cls) broken.push(`CLS ${m.cls.toFixed(3)} > ${page.budget.cls}`);
    return broken.map((b) => `${page.path}: ${b}`);
  });
  console.log(`Reports: ${path.relative(root, outDir)}/<page>-<run>.json`);
  if (failures.length > 0) {
    console.error(`\nBudget broken:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nAll Lighthouse budgets met.");
}

await main();

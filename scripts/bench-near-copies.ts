/**
 * What the near-copy check costs at scale: `npx tsx scripts/bench-near-copies.ts [1000 10000 …]`. For each size,
 * the generated corpus of tests/support/scale-corpus.ts (whose guides share eight boilerplate sentences, so most
 * of their long sentences are near-copies: the check's worst case) is written as Markdown articles into a
 * throwaway folder; the whole content pass runs over it without the store (every file parsed), and the near-copy
 * check runs alone over the same parsed prose. Times are medians of a few runs, printed with the machine's load;
 * the ratio of the two is the figure to compare, since both run in the same window.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { findNearCopies, type ProseSource } from "../lib/content/near-copies";
import { parseArticle } from "../lib/content/parse-article";
import { discoverArticles, readSource } from "../lib/content/sources";
import { generateScaleCorpus } from "./scale-corpus";

const topicOf: Record<string, string> = {
  申请: "apply",
  续期: "renewal",
  年报: "annual-report",
  变更: "change",
  注销: "cancellation",
};

function writeCorpus(size: number): string {
  const root = mkdtempSync(path.join(tmpdir(), "near-copies-"));
  const articles = path.join(root, "content", "articles");
  mkdirSync(articles, { recursive: true });
  writeFileSync(path.join(root, "content", "taxonomy.yaml"), readTaxonomy());
  generateScaleCorpus(size).forEach(({ doc, licence, action }, i) => {
    const [intro = ""] = doc.body.split(doc.sections[0]?.title ?? "\u0000");
    const sections = doc.sections.map(
      (s) => `## ${s.title.replace(/？$/, "")} {#${s.anchor}}\n\n${s.text}\n`,
    );
    writeFileSync(
      path.join(articles, `scale-${String(i + 1).padStart(5, "0")}.md`),
      `---\ntitle: ${doc.title}\ndescription: ${doc.description}\ntype: explainer\nlicences: [${licence.code.toLowerCase()}]\ntopic: ${topicOf[action]}\nregions: [national]\nupdated: 2026-11-29\nfactChecked: 2026-11-29\nsources:\n  - title: 《电信业务经营许可管理办法》\n---\n\n${intro}\n\n${sections.join("\n")}`,
    );
  });
  return root;
}

let taxonomy: string | undefined;
function readTaxonomy(): string {
  taxonomy ??= readSource(path.join(process.cwd(), "content", "taxonomy.yaml")).bytes.toString("utf8");
  return taxonomy;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median wall and CPU (user + system) milliseconds of `times` runs. */
function time<T>(run: () => T, times: number): { ms: number; cpu: number; result: T } {
  const ms: number[] = [];
  const cpu: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(cpuStarted);
    ms.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(ms), cpu: median(cpu), result: result as T };
}

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length > 0 ? sizes : [1000]) {
  const root = writeCorpus(size);
  try {
    const load = loadavg()
      .map((n) => n.toFixed(2))
      .join(" ");
    const runs = size > 2000 ? 1 : 3;
    const pass = time(() => loadContent({ root }), runs);
    if (pass.result.errors.length > 0)
      throw new Error(`the generated corpus has errors: ${pass.result.errors[0]?.found}`);
    // With the content store written, as `npm run check` runs after a build: no file is parsed again.
    loadContent({ root, store: "write" });
    const warm = time(() => loadContent({ root, store: "read" }), runs);
    const sources: ProseSource[] = discoverArticles(root).map((source) => {
      const parsed = parseArticle(source, readSource(source.absolute).bytes);
      return { file: parsed.file, slug: parsed.slug, paragraphs: parsed.body?.paragraphs ?? [] };
    });
    const check = time(() => findNearCopies(sources), runs);
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    console.log(
      `${size} articles (load ${load}): near-copy check ${seconds(check.ms)} s wall, ${seconds(check.cpu)} s CPU, ${check.result.length} warnings; content pass, every file parsed: ${seconds(pass.ms)} s wall, ${seconds(pass.cpu)} s CPU (the check is ${((100 * check.cpu) / pass.cpu).toFixed(1)}% of it); from the content store: ${seconds(warm.ms)} s wall, ${seconds(warm.cpu)} s CPU (${((100 * check.cpu) / warm.cpu).toFixed(1)}%)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

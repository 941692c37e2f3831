/**
 * `npm run bench`: size, speed and quality of search, for the real corpus and for generated corpora of 1,000 and
 * 10,000 articles (scripts/scale-corpus.ts, with its query set of seven kinds). Figures are printed, never
 * asserted: tests check behaviour, this measures it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { parse } from "yaml";
import { loadContent } from "../lib/content/load";
import { SearchEngine } from "../lib/search/browser/engine";
import { buildSearchIndex, type SearchDocument } from "../lib/search/build/build";
import { toSearchDocument } from "../lib/search/build/documents";
import { synonymGroups } from "../lib/search/build/synonyms";
import { type IndexFiles, MANIFEST_FILE, parseManifest } from "../lib/search/shared/format";
import { generateScaleCorpus, scaleQualityOf, scaleQueries } from "./scale-corpus";

const root = process.cwd();
const { articles, taxonomy, synonyms: groups } = loadContent({ root, store: "read" });
const synonyms = synonymGroups(groups, taxonomy.data);
const realDocs = articles.map((a) => toSearchDocument(a, taxonomy));
const realQueries = (
  parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] }
).queries.map((q) => String(q.q));
/** The words in (nearly) every article: the queries that cost most once nothing is pruned. */
const commonestWords = ["许可证", "电信业务", "办理", "申请", "通信管理局", "经营许可证办理材料和流程"];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const spread = (values: number[], format: (n: number) => string) =>
  `p50 ${format(percentile(values, 50))}, p95 ${format(percentile(values, 95))}, max ${format(Math.max(...values))}`;

/** An engine over in-memory files that records what a reader would download (gzip bytes). */
function meteredEngine(files: IndexFiles, gzipSizes: Map<string, number>) {
  const fetched: string[] = [];
  const engine = new SearchEngine(async (name) => {
    fetched.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`missing ${name}`);
    return text;
  });
  const sum = (names: string[]) => names.reduce((total, name) => total + (gzipSizes.get(name) ?? 0), 0);
  return {
    engine,
    bytes: () => sum(fetched),
    termBytes: () => sum(fetched.filter((name) => /^(terms-|page\.)/.test(name))),
    docBytes: () => sum(fetched.filter((name) => name.startsWith("docs-"))),
  };
}

async function benchCorpus(
  label: string,
  docs: SearchDocument[],
  queries: string[],
  quality?: () => Promise<string>,
) {
  const started = performance.now();
  const files = buildSearchIndex(docs, { synonyms });
  const buildMs = performance.now() - started;
  const gzipSizes = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
  const raw = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const gzip = [...gzipSizes.values()].reduce((sum, n) => sum + n, 0);
  const manifest = parseManifest(files.get(MANIFEST_FILE) ?? "");
  const pageFiles = [...files.keys()].filter((name) => name.startsWith("page.")).length;

  // Cold: a fresh engine per query, as for a reader's first search (every byte counted, manifest included).
  const coldBytes: number[] = [];
  const coldTermBytes: number[] = [];
  const coldDocBytes: number[] = [];
  const coldMs: number[] = [];
  let approximate = 0;
  let laterPages = 0;
  for (const query of queries) {
    const metered = meteredEngine(files, gzipSizes);
    const t0 = performance.now();
    await metered.engine.search(query, 10);
    coldMs.push(performance.now() - t0);
    coldBytes.push(metered.bytes());
    coldTermBytes.push(metered.termBytes());
    coldDocBytes.push(metered.docBytes());
    laterPages += metered.engine.lastQuery.laterPages;
    if (!metered.engine.lastQuery.exact) approximate++;
  }
  // Warm: one engine, every query five times, once its files are loaded.
  const warm = meteredEngine(files, gzipSizes).engine;
  for (const query of queries) await warm.search(query, 10);
  const latencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      await warm.search(query, 10);
      latencies.push(performance.now() - t0);
    }
  }
  console.log(`\n${label}: ${docs.length} articles, ${queries.length} queries`);
  if (quality) console.log(`  quality            ${await quality()}`);
  console.log(
    `  index files        ${files.size}: ${manifest.shardCount} term shards, ${pageFiles} later-page files (one per page), ${manifest.docFiles.length} document files; built in ${(buildMs / 1000).toFixed(1)} s`,
  );
  console.log(`  index bytes        ${kib(raw)} raw, ${kib(gzip)} gzip (all files; nothing left out)`);
  console.log(
    `  query (cold)       ${spread(coldMs, (n) => `${n.toFixed(1)} ms`)}  (fresh engine: parse of every file it needs)`,
  );
  console.log(
    `  query (warm)       ${spread(latencies, (n) => `${n.toFixed(2)} ms`)} over ${latencies.length} runs`,
  );
  console.log(`  bytes per query (gzip, cold, first page of results)  ${spread(coldBytes, kib)}`);
  console.log(`    of which term shards and pages                   ${spread(coldTermBytes, kib)}`);
  console.log(`    of which document files                          ${spread(coldDocBytes, kib)}`);
  console.log(
    `  later postings pages read: ${laterPages} in all; ${approximate} of ${queries.length} queries stopped at the page budget`,
  );
}

/** What the search box adds to a page's first load: its own code, minified and gzipped, without React and Next. */
async function searchBoxCost() {
  const result = await build({
    entryPoints: ["components/search/SearchBox.tsx"],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    alias: { "@": root },
    external: ["react", "react-dom", "next", "next/*", "react/*"],
    // The engine is a separate chunk loaded on first use: measure it apart.
    splitting: true,
    outdir: "/tmp/bench-searchbox",
    logLevel: "silent",
  });
  const [entry, ...lazy] = result.outputFiles;
  const gz = (file?: { contents: Uint8Array }) => (file ? gzipSync(file.contents).length : 0);
  console.log("\nsearch box (components/search/SearchBox.tsx, esbuild --minify, React and Next external)");
  console.log(`  first load         ${kib(gz(entry))} gzip`);
  console.log(
    `  loaded on first use ${kib(lazy.reduce((sum, file) => sum + gz(file), 0))} gzip (engine, tokenizer, ranking)`,
  );
}

/** The same for the static export, when `npm run export` has written out/: JavaScript an article page loads before any search. */
function builtPageCost() {
  const page = path.join(root, "out", "articles", `${articles[0]?.slug}.html`);
  let html: string;
  try {
    html = readFileSync(page, "utf8");
  } catch {
    console.log("\n(no build in out/: run npm run build for first-load JavaScript of a built page)");
    return;
  }
  // Modern browsers skip the `nomodule` polyfills; what they load is what counts.
  const scripts = [...html.matchAll(/<script([^>]+)src="([^"]+\.js)"/g)]
    .filter(([, attributes]) => !/nomodule/i.test(attributes ?? ""))
    .map(([, , src]) => src ?? "");
  const size = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(root, "out", src))).length,
    0,
  );
  const chunks = readdirSync(path.join(root, "out", "_next", "static", "chunks")).filter((f) =>
    f.endsWith(".js"),
  );
  // The engine's class name survives minification in error messages: "search index:" marks its chunk.
  const engineInFirstLoad = scripts.some((src) =>
    readFileSync(path.join(root, "out", src), "utf8").includes("search index:"),
  );
  console.log(
    `\nbuilt article page: ${scripts.length} scripts, ${kib(size)} gzip first-load JavaScript (of ${chunks.length} chunks); search engine in first load: ${engineInFirstLoad ? "yes" : "no"}`,
  );
}

const sizes = (process.env.BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
await benchCorpus("real corpus", realDocs, [...realQueries, ...commonestWords]);
for (const size of sizes) {
  const corpus = generateScaleCorpus(size);
  const queries = scaleQueries(corpus);
  const quality = async () => {
    const engine = meteredEngine(
      buildSearchIndex(
        corpus.map((a) => a.doc),
        { synonyms },
      ),
      new Map(),
    ).engine;
    const { quality, failures } = await scaleQualityOf(
      async (q) => (await engine.search(q, 5)).map((hit) => hit.url),
      queries,
    );
    return `${quality.toFixed(3)} top-5 over ${queries.length} queries${failures.length > 0 ? `\n${failures.join("\n")}` : ""}`;
  };
  await benchCorpus(
    "generated",
    corpus.map((a) => a.doc),
    [...queries.map((q) => q.q), ...commonestWords],
    quality,
  );
}
await searchBoxCost();
builtPageCost();

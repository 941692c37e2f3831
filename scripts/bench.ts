/**
 * `npm run bench`: size and speed of search, for the real corpus and for generated corpora of 1,000 and 10,000
 * articles (built from the real articles' sentences, so the vocabulary is real). Figures are printed, never
 * asserted: tests check behaviour, this measures it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { parse } from "yaml";
import { loadContent } from "../lib/content/load";
import { buildSearchIndex, type SearchDocument } from "../lib/search/build";
import { toSearchDocument } from "../lib/search/documents";
import { SearchEngine } from "../lib/search/engine";
import { type IndexFiles, MANIFEST_FILE } from "../lib/search/format";
import { synonymGroups } from "../lib/search/synonyms";

const root = process.cwd();
const { articles, taxonomy, synonyms: groups } = loadContent({ root, store: "read" });
const synonyms = synonymGroups(groups, taxonomy.data);
const realDocs = articles.map((a) => toSearchDocument(a, taxonomy));
const queries = (
  parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] }
).queries.map((q) => String(q.q));

/** A small deterministic generator, so every run benchmarks the same corpora. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function generateCorpus(size: number): SearchDocument[] {
  const next = random(size);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
  const sentences = realDocs.flatMap((d) => d.body.split(/(?<=[。；！？])/).filter((s) => s.length > 8));
  const regions = taxonomy.data.regions.map((r) => r.name);
  return Array.from({ length: size }, (_, i) => {
    const base = pick(realDocs);
    const region = pick(regions);
    const body = Array.from({ length: 25 + Math.floor(next() * 30) }, () => pick(sentences)).join("");
    return {
      url: `/articles/generated-${i}`,
      title: `${region}${base.title}（第${i}篇）`,
      licenceLabel: base.licenceLabel,
      description: pick(sentences),
      heads: Array.from({ length: 6 }, () => pick(base.heads)),
      body,
    };
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** An engine over in-memory files that records what a reader would download (gzip bytes) and parse time. */
function meteredEngine(files: IndexFiles, gzipSizes: Map<string, number>) {
  const fetched: string[] = [];
  const engine = new SearchEngine(async (name) => {
    fetched.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`missing ${name}`);
    return text;
  });
  const sum = (names: string[]) => names.reduce((total, name) => total + (gzipSizes.get(name) ?? 0), 0);
  const bytes = () => sum(fetched);
  const termBytes = () => sum(fetched.filter((name) => name.startsWith("terms-")));
  return { engine, fetched, bytes, termBytes };
}

async function benchCorpus(label: string, docs: SearchDocument[]) {
  const started = performance.now();
  const files = buildSearchIndex(docs, { synonyms });
  const buildMs = performance.now() - started;
  const gzipSizes = new Map([...files].map(([name, text]) => [name, gzipSync(text).length]));
  const raw = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const gzip = [...gzipSizes.values()].reduce((sum, n) => sum + n, 0);
  const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? "{}") as {
    shardCount: number;
    docFiles: string[];
    commonTokens: string[];
  };

  // Cold: a fresh engine per query, as for a reader's first search.
  const coldBytes: number[] = [];
  const coldTermBytes: number[] = [];
  const loadMs: number[] = [];
  for (const query of queries) {
    const metered = meteredEngine(files, gzipSizes);
    const t0 = performance.now();
    await metered.engine.search(query, 10);
    loadMs.push(performance.now() - t0);
    coldBytes.push(metered.bytes());
    coldTermBytes.push(metered.termBytes());
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
  console.log(`\n${label}: ${docs.length} articles`);
  console.log(
    `  index files        ${files.size} (${manifest.shardCount} term shards, ${manifest.docFiles.length} document files); built in ${(buildMs / 1000).toFixed(1)} s`,
  );
  console.log(`  index bytes        ${kib(raw)} raw, ${kib(gzip)} gzip (all files)`);
  console.log(
    `  load (cold query)  p50 ${percentile(loadMs, 50).toFixed(1)} ms, p95 ${percentile(loadMs, 95).toFixed(1)} ms  (parse + import of the files a first query needs)`,
  );
  console.log(
    `  query (warm)       p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms over ${latencies.length} queries`,
  );
  console.log(
    `  bytes to first result (gzip, per query)  p50 ${kib(percentile(coldBytes, 50))}, p95 ${kib(percentile(coldBytes, 95))}, max ${kib(Math.max(...coldBytes))}`,
  );
  console.log(
    `    of which term shards                   p50 ${kib(percentile(coldTermBytes, 50))}, p95 ${kib(percentile(coldTermBytes, 95))}; the rest is the manifest and result documents`,
  );
  console.log(`  common tokens left out of the index: ${manifest.commonTokens?.length ?? 0}`);
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
    `  loaded on first use ${kib(lazy.reduce((sum, file) => sum + gz(file), 0))} gzip (engine, FlexSearch, tokenizer)`,
  );
}

/** The same for the built site, when there is a build: JavaScript an article page loads before any search. */
function builtPageCost() {
  const page = path.join(root, "out", "articles", `${articles[0]?.slug}.html`);
  let html: string;
  try {
    html = readFileSync(page, "utf8");
  } catch {
    console.log("\n(no build in out/: run npm run build for first-load JavaScript of a built page)");
    return;
  }
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(([, src]) => src ?? "");
  const size = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(root, "out", src))).length,
    0,
  );
  const chunks = readdirSync(path.join(root, "out", "_next", "static", "chunks")).filter((f) =>
    f.endsWith(".js"),
  );
  const flexInFirstLoad = scripts.some((src) =>
    readFileSync(path.join(root, "out", src), "utf8").includes("flexsearch"),
  );
  console.log(
    `\nbuilt article page: ${scripts.length} scripts, ${kib(size)} gzip first-load JavaScript (of ${chunks.length} chunks); FlexSearch in first load: ${flexInFirstLoad ? "yes" : "no"}`,
  );
}

const sizes = (process.env.BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
await benchCorpus("real corpus", realDocs);
for (const size of sizes) await benchCorpus("generated", generateCorpus(size));
await searchBoxCost();
builtPageCost();

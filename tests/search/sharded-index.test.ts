import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SearchEngine } from "@/lib/search/browser/engine";
import { buildContentSearchIndex } from "@/lib/search/build/documents";
import { IndexFormatError, MANIFEST_FILE } from "@/lib/search/shared/format";
import { engineForFiles } from "../support/search-index";

const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] };
const root = process.cwd();
const single = buildContentSearchIndex(root).files;
const sharded = buildContentSearchIndex(root, { singleShardLimit: 0, shardTarget: 2_000 }).files;
const paged = buildContentSearchIndex(root, { singleShardLimit: 0, shardTarget: 4_000, pageSize: 4 }).files;
const singleEngine = engineForFiles(single).engine;
const top10 = async (engine: SearchEngine, query: string) =>
  (await engine.search(query, 10)).map((hit) => hit.url);
/** Building and searching several indexes is slow on a busy machine; this is no speed test. */
const slow = { timeout: 120_000 };

describe("an index split into shards and pages answers exactly like one file", () => {
  it(
    "the real corpus forced into shards gives the same top 10 for every query of the set",
    slow,
    async () => {
      const manifest = JSON.parse(sharded.get(MANIFEST_FILE) ?? "{}") as { shardCount: number };
      expect(manifest.shardCount).toBeGreaterThan(8);
      const { engine } = engineForFiles(sharded);
      for (const { q } of queries)
        expect(await top10(engine, String(q)), String(q)).toEqual(await top10(singleEngine, String(q)));
    },
  );

  it(
    "with postings cut into pages of four, reading later pages as needed, gives the same top 10 too",
    slow,
    async () => {
      expect([...paged.keys()].some((name) => name.includes("-page-"))).toBe(true);
      const { engine } = engineForFiles(paged, { pageBudget: Number.POSITIVE_INFINITY });
      for (const { q } of queries)
        expect(await top10(engine, String(q)), String(q)).toEqual(await top10(singleEngine, String(q)));
    },
  );
});

describe("a broken or stale index fails loudly instead of fetching what is not there", () => {
  const withManifest = (change: (manifest: Record<string, unknown>) => void) => {
    const files = new Map(single);
    const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? "{}") as Record<string, unknown>;
    change(manifest);
    files.set(MANIFEST_FILE, JSON.stringify(manifest));
    return engineForFiles(files);
  };

  it("refuses a manifest of another version, and fetches nothing else", async () => {
    const { engine, fetched } = withManifest((m) => {
      m.version = 1;
    });
    await expect(engine.search("续期")).rejects.toThrow(IndexFormatError);
    expect(fetched).toEqual([MANIFEST_FILE]);
  });

  it("refuses a manifest whose shard list does not match its shard count", async () => {
    const { engine, fetched } = withManifest((m) => {
      m.shardCount = 2;
    });
    await expect(engine.search("续期")).rejects.toThrow(/shardFiles/);
    expect(fetched).toEqual([MANIFEST_FILE]);
  });

  it("refuses a manifest that names fewer document files than its documents need", async () => {
    const { engine } = withManifest((m) => {
      m.docFiles = (m.docFiles as string[]).slice(0, 1);
    });
    await expect(engine.search("续期")).rejects.toThrow(/docFiles/);
  });
});

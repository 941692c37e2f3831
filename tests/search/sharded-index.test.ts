import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SearchEngine } from "@/lib/search/browser/engine";
import {
  fromPage,
  IndexFormatError,
  MANIFEST_FILE,
  type Page,
  type ShardFile,
} from "@/lib/search/shared/format";
import { buildContentSearchIndex, engineForFiles } from "../support/search-index";

const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] };
const root = process.cwd();
/** One shard and one page per term: every query imports each of its terms' whole lists at once. */
const whole = buildContentSearchIndex(root, { pageSize: 1_000_000 }).files;
const sharded = buildContentSearchIndex(root, { singleShardLimit: 0, shardTarget: 2_000 }).files;
const paged = buildContentSearchIndex(root, { singleShardLimit: 0, shardTarget: 4_000, pageSize: 4 }).files;
const wholeEngine = engineForFiles(whole).engine;
const top10 = async (engine: SearchEngine, query: string) =>
  (await engine.search(query, 10)).map((hit) => hit.url);
/** Building and searching several indexes is slow on a busy machine; this is no speed test. */
const slow = { timeout: 120_000 };

describe("partial import answers exactly like the whole index imported", () => {
  it(
    "the real corpus forced into shards gives the same top 10 for every query of the set",
    slow,
    async () => {
      const manifest = JSON.parse(sharded.get(MANIFEST_FILE) ?? "{}") as { shardCount: number };
      expect(manifest.shardCount).toBeGreaterThan(8);
      const { engine } = engineForFiles(sharded);
      for (const { q } of queries)
        expect(await top10(engine, String(q)), String(q)).toEqual(await top10(wholeEngine, String(q)));
    },
  );

  it(
    "with ids cut into pages of four, importing later pages only as FlexSearch needs them, gives the same top 10 too",
    slow,
    async () => {
      expect([...paged.keys()].filter((name) => name.startsWith("page.")).length).toBeGreaterThan(100);
      const { engine } = engineForFiles(paged, { pageBudget: Number.POSITIVE_INFINITY });
      let partial = 0;
      for (const { q } of queries) {
        expect(await top10(engine, String(q)), String(q)).toEqual(await top10(wholeEngine, String(q)));
        if (engine.lastQuery.laterPages > 0) partial++;
      }
      // Queries settled before every page was read: the partial import is what is being tested.
      expect(partial).toBeGreaterThan(queries.length / 2);
    },
  );
});

describe("a broken or stale index fails loudly instead of fetching what is not there", () => {
  const withManifest = (change: (manifest: Record<string, unknown>) => void) => {
    const files = new Map(whole);
    const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? "{}") as Record<string, unknown>;
    change(manifest);
    files.set(MANIFEST_FILE, JSON.stringify(manifest));
    return engineForFiles(files);
  };

  it("refuses a manifest of another version, and fetches nothing else", async () => {
    const { engine, fetched } = withManifest((m) => {
      m.version = 2;
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

  it("refuses a page of ids that is not rising gaps or not a list of slots", () => {
    expect(() => fromPage([0, [3, 0]])).toThrow(IndexFormatError);
    expect(() => fromPage([0, [3, -1]])).toThrow(IndexFormatError);
    expect(() => fromPage([0, 7] as unknown as Page)).toThrow(IndexFormatError);
    expect(() => fromPage([2, null] as unknown as Page)).toThrow(IndexFormatError);
    expect(fromPage([2, [3, 1, 4], null, [0]])).toEqual([null, null, [3, 4, 8], null, [0]]);
  });

  it("refuses a later page of ids that is not rising gaps, when a query reads it", async () => {
    const files = new Map(paged);
    const page = [...files.keys()].find((name) => name.startsWith("page.")) ?? "";
    files.set(page, JSON.stringify([[3, 0]]));
    const shard = [...files].find(([, text]) => text.includes(page)) ?? ["", "{}"];
    const term = Object.entries(JSON.parse(shard[1]) as ShardFile).find(([, entry]) =>
      entry[2]?.some(([file]) => file === page),
    )?.[0];
    const { engine } = engineForFiles(files, { pageBudget: Number.POSITIVE_INFINITY });
    await expect(engine.search(`${term} ${term === "续期" ? "年报" : "续期"}`)).rejects.toThrow(
      IndexFormatError,
    );
  });
});

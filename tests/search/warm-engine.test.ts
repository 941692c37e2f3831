import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type DecodedPage, DecodedPages, type SearchEngine } from "@/lib/search/browser/engine";
import { buildContentSearchIndex } from "@/lib/search/build/documents";
import { engineForFiles } from "../support/search-index";

const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] };
const questions = queries.map(({ q }) => String(q));
// Pages of four postings: every common word has many pages, so queries read, decode and cache many of them.
const paged = buildContentSearchIndex(process.cwd(), {
  singleShardLimit: 0,
  shardTarget: 4_000,
  pageSize: 4,
}).files;
const everyPage = { pageBudget: Number.POSITIVE_INFINITY };
/** Building and searching several indexes is slow on a busy machine; this is no speed test. */
const slow = { timeout: 120_000 };

const pageOf = (size: number): DecodedPage => ({
  docs: Int32Array.from({ length: size }, (_, i) => i),
  masks: new Uint8Array(size).fill(1),
});

describe("decoded postings pages are kept within a bound", () => {
  it("holds at most its limit of postings, dropping the least recently used page first", () => {
    const pages = new DecodedPages(10);
    let decodes = 0;
    const get = (key: string, size: number) =>
      pages.get(key, () => {
        decodes++;
        return pageOf(size);
      });
    get("a", 4);
    get("b", 4);
    get("a", 4); // a is now the most recently used
    expect(decodes).toBe(2);
    get("c", 4); // 12 > 10: b goes, a stays
    expect(pages.postings).toBe(8);
    get("a", 4);
    expect(decodes).toBe(3);
    get("b", 4);
    expect(decodes).toBe(4);
    expect(pages.postings).toBeLessThanOrEqual(10);
  });

  it("decodes a page larger than the whole limit for its query without keeping it", () => {
    const pages = new DecodedPages(3);
    const page = pages.get("big", () => pageOf(5));
    expect(page.docs.length).toBe(5);
    expect(pages.postings).toBe(0);
  });

  it(
    "keeps an engine's decoded postings within the limit it was given, over a whole query set",
    slow,
    async () => {
      const { engine } = engineForFiles(paged, { ...everyPage, decodedPostings: 64 });
      for (const q of questions) {
        await engine.search(q, 10);
        expect(engine.decoded.postings).toBeLessThanOrEqual(64);
      }
      expect(engine.decoded.postings).toBeGreaterThan(0);
    },
  );
});

describe("what a warm engine keeps between queries changes no answer", () => {
  const answer = async (engine: SearchEngine, q: string) => JSON.stringify(await engine.search(q, 10));

  it(
    "answers every query of the set the same with almost no decoded pages kept as with the default",
    slow,
    async () => {
      const { engine: small } = engineForFiles(paged, { ...everyPage, decodedPostings: 8 });
      const { engine: large } = engineForFiles(paged, everyPage);
      for (const q of questions) expect(await answer(small, q), q).toBe(await answer(large, q));
    },
  );

  it("answers a query after others exactly as a fresh engine does (no sums left over)", slow, async () => {
    const { engine: warm } = engineForFiles(paged, everyPage);
    // The commonest words touch every document (cleared array by array), 石家庄 two of them (document by document):
    // anything left over would show in the answer that follows.
    const sequence = ["许可证", "据转引", "办理", "石家庄", "B24", ...questions.slice(0, 20)];
    for (const q of sequence) {
      const { engine: fresh } = engineForFiles(paged, everyPage);
      expect(await answer(warm, q), q).toBe(await answer(fresh, q));
    }
  });

  it("answers queries started together (a reader typing) as each would alone", slow, async () => {
    const { engine: shared } = engineForFiles(paged, everyPage);
    await shared.search("许可证", 10); // a finished query leaves its sums to the next
    const some = questions.slice(0, 12);
    const together = await Promise.all(some.map((q) => answer(shared, q)));
    for (const [i, q] of some.entries()) {
      const { engine: alone } = engineForFiles(paged, everyPage);
      expect(together[i], q).toBe(await answer(alone, q));
    }
  });
});

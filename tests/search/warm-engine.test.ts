import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SearchEngine } from "@/lib/search/browser/engine";
import type { ShardFile } from "@/lib/search/shared/format";
import { buildContentSearchIndex, engineForFiles } from "../support/search-index";

const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: { q: unknown }[] };
const questions = queries.map(({ q }) => String(q));
// Pages of four ids: every common word has many pages, so queries import many of them into the shared index.
const paged = buildContentSearchIndex(process.cwd(), {
  singleShardLimit: 0,
  shardTarget: 4_000,
  pageSize: 4,
}).files;
const everyPage = { pageBudget: Number.POSITIVE_INFINITY };
/** Building and searching several indexes is slow on a busy machine; this is no speed test. */
const slow = { timeout: 120_000 };
const answer = async (engine: SearchEngine, q: string) => JSON.stringify(await engine.search(q, 10));

describe("what a warm engine keeps between queries changes no answer", () => {
  it(
    "answers a query after others exactly as a fresh engine does (pages imported before are reused)",
    slow,
    async () => {
      const { engine: warm } = engineForFiles(paged, everyPage);
      // The commonest words import the most pages; anything they left in the wrong state would show in what follows.
      const sequence = ["许可证", "据转引", "办理", "石家庄", "B24", ...questions.slice(0, 20)];
      for (const q of sequence) {
        const { engine: fresh } = engineForFiles(paged, everyPage);
        expect(await answer(warm, q), q).toBe(await answer(fresh, q));
      }
    },
  );

  it("answers queries started together (a reader typing) as each would alone", slow, async () => {
    const { engine: shared, fetched } = engineForFiles(paged, everyPage);
    const some = questions.slice(0, 12);
    const together = await Promise.all(some.map((q) => answer(shared, q)));
    for (const [i, q] of some.entries()) {
      const { engine: alone } = engineForFiles(paged, everyPage);
      expect(together[i], q).toBe(await answer(alone, q));
    }
    // Queries running at once share the pages they both need: no term's page is fetched twice. (Pages are named by
    // their content, so terms with the same ids on a page share its file: each fetches it once.)
    const terms = new Map<string, number>();
    for (const [name, text] of paged)
      if (name.startsWith("terms-"))
        for (const [, , later = []] of Object.values(JSON.parse(text) as ShardFile))
          for (const [file] of later) terms.set(file, (terms.get(file) ?? 0) + 1);
    const fetches = new Map<string, number>();
    for (const name of fetched) fetches.set(name, (fetches.get(name) ?? 0) + 1);
    const pages = [...fetches].filter(([name]) => name.startsWith("page."));
    expect(pages.length).toBeGreaterThan(0);
    for (const [name, count] of pages) expect(count, name).toBeLessThanOrEqual(terms.get(name) ?? 0);
  });
});

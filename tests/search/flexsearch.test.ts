import { readFileSync } from "node:fs";
import { Index } from "flexsearch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { loadContent } from "@/lib/content/load";
import { buildSearchIndex, exportedMap, type SearchDocument } from "@/lib/search/build/build";
import { toSearchDocument } from "@/lib/search/build/documents";
import { fieldTokens } from "@/lib/search/shared/fields";
import { createIndex, encode, RESOLUTION, slotOf } from "@/lib/search/shared/flexsearch";
import type { MapEntry, Slots } from "@/lib/search/shared/format";
import { queryTokens } from "@/lib/search/shared/tokenize";
import { generateScaleCorpus, scaleQueries } from "../../scripts/scale-corpus";
import { engineForFiles } from "../support/search-index";

const root = process.cwd();
const { articles, taxonomy } = loadContent({ root });
const realDocs = articles.map((article) => toSearchDocument(article, taxonomy));

function doc(parts: Partial<SearchDocument>): SearchDocument {
  return {
    url: "/a",
    title: "",
    licenceLabel: "",
    description: "",
    heads: [],
    body: "",
    sections: [],
    ...parts,
  };
}

/** A FlexSearch index holding these entries, as the engine builds one from the pages it loads. */
function indexOf(entries: MapEntry[]): Index {
  const index = createIndex();
  index.import("map", JSON.stringify(entries));
  return index;
}

const search = (index: Index, terms: string[], options: { limit: number; resolution?: number }) =>
  index.search(terms.join(" "), options) as number[];

describe("what the search glue relies on in FlexSearch (an upgrade that changes any of it fails here)", () => {
  it("is pinned to one exact version in package.json, and that version is the one installed", () => {
    const pinned = JSON.parse(readFileSync("package.json", "utf8")).dependencies.flexsearch;
    const installed = JSON.parse(readFileSync("node_modules/flexsearch/package.json", "utf8")).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
  });

  it("exports its `map` as [term, slots] entries: each term's ids by the slot the score hook gave, rising", () => {
    const docs = [
      doc({ title: "续期" }),
      doc({ body: "续期" }),
      doc({ heads: ["续期"], body: "续期。续期。" }),
      doc({ title: "续期", body: "续期" }),
      doc({ title: "续期" }),
    ];
    const expected: Slots = Array(RESOLUTION).fill(null);
    expected[slotOf(0b0001, 0)] = [0, 4]; // title
    expected[slotOf(0b1001, 1)] = [3]; // title and body
    expected[slotOf(0b1010, 2)] = [2]; // headings and body
    expected[slotOf(0b1000, 1)] = [1]; // body, once
    const exported = exportedMap(docs);
    expect(exported.map(([term]) => term)).toContain("续期");
    expect(new Map(exported).get("续期")).toEqual(expected);
  });

  it("puts a title match in a lower (better) slot than headings, headings than the description, that than the body", () => {
    const [title, heads, description, body] = [0b0001, 0b0010, 0b0100, 0b1000].map((mask) => slotOf(mask, 1));
    expect(title).toBeLessThan(heads as number);
    expect(heads).toBeLessThan(description as number);
    expect(description).toBeLessThan(body as number);
    expect(slotOf(0b1111, 0)).toBe(0);
    expect(slotOf(0b1000, 9)).toBeLessThan(slotOf(0b1000, 1));
    expect(slotOf(0b1000, 1)).toBe(RESOLUTION - 1);
  });

  it("encodes a document's token list, and a query's, back to itself: both reach FlexSearch as tokens", () => {
    for (const d of realDocs) {
      const tokens = [...new Set(fieldTokens([d.title, d.heads.join("\n"), d.description, d.body]).flat())];
      expect(encode(tokens.join(" ")), d.url).toEqual(tokens);
    }
    const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as {
      queries: { q: unknown }[];
    };
    for (const { q } of queries) {
      const tokens = queryTokens(String(q));
      expect(encode(tokens.join(" ")), String(q)).toEqual(tokens);
    }
  });

  it("imports entries by setting each term: a longer list imported later replaces the shorter one", () => {
    const index = indexOf([["续期", [[0, 1]]]]);
    index.import("map", JSON.stringify([["续期", [[0, 1], null, [5, 6]]]]));
    expect(search(index, ["续期"], { limit: 10 })).toEqual([0, 1, 5, 6]);
  });

  describe("searching only the slots every term has complete gives the whole index's first hits, once there are as many", () => {
    // A generated corpus of 1,000: common words with long lists, many slots filled. Every cut of every query.
    const corpus = generateScaleCorpus(1000);
    const entries = exportedMap(corpus.map((a) => a.doc));
    const full = indexOf(entries);
    const lists = new Map(entries);
    const queries = scaleQueries(corpus).map((q) => q.q);
    /**
     * The lists as loaded up to a cut: every slot before it whole, the slot at it half (a page may end inside), and
     * like every page, no empty slot at the end.
     */
    const loadedUpTo = (terms: string[], cut: number): MapEntry[] =>
      terms.map((term) => {
        const slots = lists.get(term) ?? [];
        const atCut = slots[cut];
        const loaded = [...slots.slice(0, cut), atCut ? atCut.slice(0, Math.ceil(atCut.length / 2)) : null];
        while (loaded.length > 0 && !loaded.at(-1)) loaded.pop();
        return [term, loaded];
      });

    it("for queries of several terms, at every resolution cut (FlexSearch intersects slot by slot)", () => {
      let settled = 0;
      for (const query of queries) {
        const terms = queryTokens(query).filter((term) => lists.has(term));
        if (terms.length < 2) continue;
        for (const limit of [5, 20]) {
          const whole = search(full, terms, { limit });
          for (let cut = 0; cut < RESOLUTION; cut++) {
            const hits = search(indexOf(loadedUpTo(terms, cut)), terms, { limit, resolution: cut });
            if (hits.length < limit) continue;
            settled++;
            expect(hits, `${query} cut ${cut}`).toEqual(whole);
          }
        }
      }
      // Not vacuous: many queries are settled before their last slot.
      expect(settled).toBeGreaterThan(50);
    });

    it("for one term, whatever the cut (FlexSearch reads a single term's list in slot order, ignoring resolution)", () => {
      for (const term of ["许可", "续期", "b25", "年报"]) {
        const whole = search(full, [term], { limit: 20 });
        for (let cut = 0; cut < RESOLUTION; cut++) {
          const hits = search(indexOf(loadedUpTo([term], cut)), [term], { limit: 20, resolution: cut });
          expect(hits, `${term} cut ${cut}`).toEqual(whole.slice(0, hits.length));
        }
      }
    });
  });
});

describe("the query path asks FlexSearch", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const files = buildSearchIndex(realDocs, { synonyms: [] });

  it("calls FlexSearch's search with the query's terms for every query", async () => {
    const asked = vi.spyOn(Index.prototype, "search");
    const { engine } = engineForFiles(files);
    const hits = await engine.search("年报逾期", 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(asked).toHaveBeenCalled();
    expect(String(asked.mock.calls[0]?.[0]).split(" ")).toEqual(expect.arrayContaining(["年报", "逾期"]));
  });

  it("returns no document FlexSearch did not find", async () => {
    vi.spyOn(Index.prototype, "search").mockReturnValue([]);
    const { engine } = engineForFiles(files);
    expect(await engine.search("年报逾期", 5)).toEqual([]);
  });
});

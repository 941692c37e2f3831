import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/build/build";
import { synonymGroups } from "@/lib/search/build/synonyms";
import { runSitePass } from "@/lib/site/pass";
import {
  generateScaleCorpus,
  type QueryKind,
  scaleQualityOf,
  scaleQueries,
} from "../../scripts/scale-corpus";
import { engineForFiles } from "../support/search-index";

const root = process.cwd();
const { taxonomy, synonyms } = runSitePass({ root });
const corpus = generateScaleCorpus(1000);
const queries = scaleQueries(corpus);
const files = buildSearchIndex(
  corpus.map((a) => a.doc),
  { synonyms: synonymGroups(synonyms, taxonomy.data) },
);

describe("search quality holds at 1,000 generated articles", () => {
  it("has at least 40 queries, six or more of each of the seven kinds", () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const kinds = new Map<QueryKind, number>();
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    expect(kinds.size).toBe(7);
    for (const count of kinds.values()) expect(count).toBeGreaterThanOrEqual(6);
  });

  it("answers at least 95% of the queries with the expected articles in the top 5", async () => {
    const { engine } = engineForFiles(files);
    const { quality, failures } = await scaleQualityOf(
      async (q) => (await engine.search(q, 5)).map((hit) => hit.url),
      queries,
    );
    console.log(
      `scale quality (top 5, 1,000 articles): ${quality.toFixed(3)} over ${queries.length} queries`,
    );
    if (failures.length > 0) console.log(failures.join("\n"));
    expect(quality).toBeGreaterThanOrEqual(0.95);
  });

  it("finds articles for the commonest words of the field, which are in nearly every article", async () => {
    const { engine } = engineForFiles(files);
    for (const word of ["许可证", "办理", "续期", "年报", "变更", "注销"])
      expect((await engine.search(word, 5)).length, word).toBe(5);
  });
});

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

  it("works for every kind of query: no kind misses more than one of its queries", async () => {
    const { engine } = engineForFiles(files);
    const search = async (q: string) => (await engine.search(q, 5)).map((hit) => hit.url);
    const kinds = new Set<QueryKind>(queries.map((query) => query.kind));
    for (const kind of kinds) {
      const { failures } = await scaleQualityOf(
        search,
        queries.filter((query) => query.kind === kind),
      );
      expect(failures.length, `${kind}: ${failures.join("; ")}`).toBeLessThanOrEqual(1);
    }
  });

  it("finds articles for the commonest words of the field, which are in nearly every article", async () => {
    const { engine } = engineForFiles(files);
    for (const word of ["许可证", "办理", "续期", "年报", "变更", "注销"])
      expect((await engine.search(word, 5)).length, word).toBe(5);
  });
});

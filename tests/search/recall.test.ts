import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runSitePass } from "@/lib/site/pass";
import { engineForContent } from "../support/search-index";

interface QueryCase {
  q: string;
  /** Article slugs that must all be in the top 3. */
  expect: string[];
}

const { queries } = parse(readFileSync("tests/search/queries.yaml", "utf8")) as { queries: QueryCase[] };
const engine = engineForContent();

describe("search finds the right article for readers' own Chinese questions", () => {
  it("asks for every published article with at least one question, and only for published articles", () => {
    const published = new Set(runSitePass({ root: process.cwd() }).articles.map((article) => article.slug));
    const asked = new Set(queries.flatMap((query) => query.expect));
    expect(
      [...published].filter((slug) => !asked.has(slug)),
      "articles no question expects",
    ).toEqual([]);
    expect(
      [...asked].filter((slug) => !published.has(slug)),
      "expected slugs that are not published",
    ).toEqual([]);
  });

  it("puts the expected articles in the top 3 for at least 90% of the queries (recall@3)", async () => {
    const misses: string[] = [];
    for (const { q, expect: wanted } of queries) {
      const top = (await engine.search(String(q), 3)).map((hit) => hit.url.replace("/articles/", ""));
      if (!wanted.every((slug) => top.includes(slug)))
        misses.push(`  ${q} → wanted ${wanted.join(", ")}; got ${top.join(", ")}`);
    }
    const recall = (queries.length - misses.length) / queries.length;
    console.log(
      `search recall@3: ${recall.toFixed(3)} over ${queries.length} queries, ${misses.length} misses`,
    );
    if (misses.length > 0) console.log(misses.join("\n"));
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

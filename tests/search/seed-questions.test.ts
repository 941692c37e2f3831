import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runSitePass } from "@/lib/site/pass";
import { engineForContent } from "../support/search-index";

const seed = parse(readFileSync("content/seed-questions.yaml", "utf8")) as { questions: { text: string }[] };
const { articles } = runSitePass({ root: process.cwd() });
const owner = new Map(articles.flatMap((a) => a.questions.map((q) => [q.text, a.url] as const)));
const engine = engineForContent();

describe("each seed question, searched in its own words, finds the article that answers it", () => {
  it("puts the answering article in the top 3 for every seed question", async () => {
    const misses: string[] = [];
    for (const { text } of seed.questions) {
      const top = (await engine.search(text, 3)).map((hit) => hit.url);
      if (!top.includes(owner.get(text) ?? "(unmapped)"))
        misses.push(`  ${text} → ${owner.get(text)}; got ${top.join(", ")}`);
    }
    if (misses.length > 0) console.log(misses.join("\n"));
    expect(misses).toEqual([]);
  });
});

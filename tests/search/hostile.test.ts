import { describe, expect, it } from "vitest";
import { maxFilesPerQuery } from "@/lib/search/browser/engine";
import { MAX_SYNONYM_TOKENS, MAX_TOKENS } from "@/lib/search/shared/ranking";
import { buildContentSearchIndex, engineForContent, engineForFiles } from "../support/search-index";

const engine = engineForContent();

describe("hostile queries return without error and without hanging", () => {
  const cases: Record<string, string> = {
    empty: "",
    "spaces only": "   \t  ",
    "2,000 characters": "续期年报变更".repeat(334).slice(0, 2000),
    "2,000 Latin characters": "a1".repeat(1000),
    emoji: "😀📄 许可证 🔥",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the query is meant to look like a pattern
    "regex characters": ".*+?^${}()|[]\\/ (a+)+$",
    "HTML and script": '<script>alert(1)</script><img src=x onerror="alert(2)">',
    "only question words": "怎么办吗呢",
    "full-width": "ＩＣＰ证　续期",
  };
  for (const [name, query] of Object.entries(cases)) {
    it(`handles ${name}`, async () => {
      const hits = await engine.search(query, 10);
      expect(Array.isArray(hits)).toBe(true);
      expect(hits.length).toBeLessThanOrEqual(10);
    });
  }

  it("returns nothing for an empty or blank query", async () => {
    expect(await engine.search("", 10)).toEqual([]);
    expect(await engine.search("   ", 10)).toEqual([]);
  });

  it("treats full-width letters like plain ones", async () => {
    const [fullWidth] = await engine.search("ＩＣＰ许可证", 1);
    const [plain] = await engine.search("ICP许可证", 1);
    expect(fullWidth?.url).toBe(plain?.url);
  });

  it("never returns markup from the query in a snippet as anything but text", async () => {
    const hits = await engine.search("<b>续期</b>", 3);
    for (const hit of hits) for (const part of hit.snippet) expect(typeof part.text).toBe("string");
  });

  // Small shards and pages, so that the query's tokens land in many files and long postings pages.
  const { files } = buildContentSearchIndex(process.cwd(), {
    singleShardLimit: 0,
    shardTarget: 500,
    pageSize: 8,
  });
  it("loads a bounded number of files for a 2,000-character query, even from an index split into many shards", {
    timeout: 60_000,
  }, async () => {
    const { engine: sharded, fetched } = engineForFiles(files);
    const query = "续期年报变更注销许可证办理材料流程时间费用条件".repeat(80).slice(0, 2000);
    await sharded.search(query, 10);
    const shards = fetched.filter((name) => /^terms-\d+\./.test(name));
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.length).toBeLessThanOrEqual(MAX_TOKENS + MAX_SYNONYM_TOKENS);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThanOrEqual(maxFilesPerQuery(10));
  });
});

import { describe, expect, it } from "vitest";
import { makeSnippet, markTerms } from "@/lib/search/shared/snippet";
import { hashToken, queryTokens, shardOf, tokenize } from "@/lib/search/shared/tokenize";

describe("the tokenizer shared by the build and the browser", () => {
  it("splits Han text into characters and overlapping pairs", () => {
    expect(tokenize("续期指南", { singles: true })).toEqual(["续", "期", "指", "南", "续期", "期指", "指南"]);
    expect(tokenize("续期指南", { singles: false })).toEqual(["续期", "期指", "指南"]);
  });

  it("keeps codes and numbers whole and lower-cased, even when mixed into Chinese", () => {
    expect(tokenize("ICP证和B25、10699号段", { singles: false })).toEqual([
      "icp",
      "证和",
      "b25",
      "10699",
      "号段",
    ]);
  });

  it("folds full-width letters and digits", () => {
    expect(tokenize("ＩＣＰ１０６", { singles: false })).toEqual(["icp106"]);
  });

  it("drops question words from a query without cutting words apart", () => {
    expect(queryTokens("许可证有效期是多久吗")).toContain("有效");
    expect(queryTokens("如何办理")).toEqual(["办理"]);
  });

  it("sends a token to the same shard in Node and every browser: a fixed hash, pinned", () => {
    // Changing these values changes every index file name; do it only with a new INDEX_VERSION.
    expect(hashToken("续期")).toBe(1593195429);
    expect(shardOf("续期", 64)).toBe(37);
    expect(shardOf("icp", 64)).toBe(15);
    expect(shardOf("年报", 8)).toBe(2);
    expect(shardOf("续期", 1)).toBe(0);
  });

  it("marks the query's words in a snippet", () => {
    const parts = makeSnippet("许可证续期须在届满前至少90日提出。", markTerms("续期"));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["续期"]);
  });
});

import { describe, expect, it } from "vitest";
import { toSearchDocument } from "@/lib/search/build/documents";
import { fieldMask, fieldTokens, normalizeFields } from "@/lib/search/shared/fields";
import { runSitePass } from "@/lib/site/pass";

const { articles, taxonomy } = runSitePass({ root: process.cwd() });

describe("the engine scores a candidate from its stored text exactly as the index does", () => {
  it("gives the tokens of every real article the same field mask as the builder's postings", {
    timeout: 60_000,
  }, () => {
    for (const article of articles) {
      const doc = toSearchDocument(article, taxonomy);
      const texts = [doc.title, doc.heads.join("\n"), doc.description, doc.body] as const;
      const masks = new Map<string, number>();
      fieldTokens(texts).forEach((tokens, field) => {
        for (const token of tokens) masks.set(token, (masks.get(token) ?? 0) | (1 << field));
      });
      const normalized = normalizeFields(texts);
      // Every token of the short fields and every 20th of the body (checking all is slow, not more telling).
      const sample = [...masks].filter(([, mask], i) => mask !== 0b1000 || i % 20 === 0);
      for (const [token, mask] of sample)
        expect(fieldMask(normalized, token), `${article.slug} ${token}`).toBe(mask);
    }
  });

  it("does not find a Latin code inside a longer one, or a lone character outside the title", () => {
    const fields = normalizeFields(["ICP证", "", "B250 号段", "续期 10699"]);
    expect(fieldMask(fields, "b25")).toBe(0);
    expect(fieldMask(fields, "106")).toBe(0);
    expect(fieldMask(fields, "10699")).toBe(0b1000);
    expect(fieldMask(fields, "证")).toBe(0b0001);
    expect(fieldMask(fields, "续")).toBe(0);
  });
});

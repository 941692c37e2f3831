import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatAuthorError } from "@/lib/content/errors";
import { runSitePass } from "@/lib/site/pass";

// The whole content pass, as `npm run check` and the build run it: articles, links, rules.yaml, the finder, featured.
const { articles, errors, rules, finder, featured } = runSitePass({ root: process.cwd() });

describe("the published content", () => {
  it("has no editor errors in any file the content pass reads", () => {
    expect(errors.map(formatAuthorError)).toEqual([]);
    expect(rules && finder && featured).toBeTruthy();
  });

  it("has the flagship renewal guide with prerequisites, steps and pitfalls", () => {
    const guide = articles.find((a) => a.slug === "value-added-licence-renewal");
    expect(guide?.type).toBe("guide");
    expect(guide?.blocks.map((b) => b.kind)).toEqual(
      expect.arrayContaining(["prerequisites", "steps", "pitfalls", "faq"]),
    );
    expect(guide?.description).toMatch(/90\s*日/);
  });

  it("has at least seven articles, each with sources and a fact-check date", () => {
    expect(articles.length).toBeGreaterThanOrEqual(7);
    for (const article of articles) {
      expect(article.sources.length, article.slug).toBeGreaterThan(0);
      expect(article.factChecked, article.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("answers each reader question in exactly one article", () => {
    const owners = new Map<string, string[]>();
    for (const article of articles) {
      for (const { text } of article.questions) owners.set(text, [...(owners.get(text) ?? []), article.slug]);
    }
    const shared = [...owners].filter(([, slugs]) => slugs.length > 1);
    expect(shared).toEqual([]);
  });

  it("links every article to at least one other", () => {
    for (const article of articles) {
      const linksOut =
        article.related.length + article.links.filter((l) => l.url.startsWith("/articles/")).length;
      expect(linksOut, article.slug).toBeGreaterThan(0);
    }
  });

  it("answers every question of the seed list, each in exactly one article", () => {
    const seed = parse(readFileSync("content/seed-questions.yaml", "utf8")) as {
      questions: { text: string }[];
    };
    const mapped = new Map(articles.flatMap((a) => a.questions.map((q) => [q.text, a.slug] as const)));
    const texts = seed.questions.map((q) => q.text);
    expect(new Set(texts).size, "a seed question listed twice").toBe(texts.length);
    expect(texts.filter((text) => !mapped.has(text))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { articleRedirects } from "@/lib/content";
import { article, loadTree } from "../support/content-tree";

const renamed = (slugs: string) =>
  article("正文。", { "related: []": `related: []\nredirectFrom: [${slugs}]` });

describe("a renamed article keeps its old addresses through redirectFrom", () => {
  it("turns each old slug into a permanent redirect to the article's address", () => {
    const { messages, articles } = loadTree({
      "licence-renewal.md": renamed("renewal-guide, old-renewal"),
      "other.md": article("正文。"),
    });
    expect(messages).toEqual([]);
    expect(articleRedirects(articles)).toEqual([
      { source: "/articles/renewal-guide", destination: "/articles/licence-renewal", permanent: true },
      { source: "/articles/old-renewal", destination: "/articles/licence-renewal", permanent: true },
    ]);
  });

  it("rejects an old slug that is the article's own or another published article's", () => {
    const { messages } = loadTree({ "a.md": renamed("a, b"), "b.md": article("正文。") });
    expect(messages).toEqual([
      `content/articles/a.md:14 redirectFrom[0]: found "a", this article's own slug, expected an old slug the article was published under before it was renamed [redirect-to-live]`,
      `content/articles/a.md:14 redirectFrom[1]: found "b", the slug of the published article content/articles/b.md, expected an old slug no article uses (a redirect would hide that article) [redirect-to-live]`,
    ]);
  });

  it("rejects the slug of an article that has errors of its own, in the same run", () => {
    const { messages } = loadTree({
      "a.md": renamed("b"),
      "b.md": article("正文。", { "title: 测试指南\n": "" }),
    });
    expect(messages).toEqual([
      `content/articles/a.md:14 redirectFrom[0]: found "b", the slug of the published article content/articles/b.md, expected an old slug no article uses (a redirect would hide that article) [redirect-to-live]`,
      'content/articles/b.md:1 title: found no "title" field, expected a title [missing-field]',
    ]);
  });

  it("rejects an old slug named twice, in one article or in two", () => {
    const { messages } = loadTree({ "a.md": renamed("old, old"), "b.md": renamed("old") });
    expect(messages).toEqual([
      `content/articles/a.md:14 redirectFrom[1]: found "old" again (first in content/articles/a.md:14), expected each old slug in one redirectFrom list, once [duplicate-redirect]`,
      `content/articles/b.md:14 redirectFrom[0]: found "old" again (first in content/articles/a.md:14), expected each old slug in one redirectFrom list, once [duplicate-redirect]`,
    ]);
  });

  it("rejects a redirect to an article that is itself reached by a redirect (a chain)", () => {
    const { messages } = loadTree({ "b.md": renamed("a"), "c.md": renamed("b") });
    expect(messages).toEqual([
      `content/articles/c.md:14 redirectFrom[0]: found "b", the live article content/articles/b.md, itself redirected from "a", expected an old slug no article uses; move content/articles/b.md's old slugs here too if it was merged into this one [redirect-chain]`,
    ]);
  });

  it("rejects an old slug that could not be an address", () => {
    const { messages } = loadTree({ "a.md": renamed("Old_Name") });
    expect(messages).toEqual([
      `content/articles/a.md:14 redirectFrom[0]: found "Old_Name", expected a lowercase ASCII id such as "annual-report-guide" [invalid-field]`,
    ]);
  });
});

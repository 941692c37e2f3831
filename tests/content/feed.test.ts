import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, feedSummary } from "@/lib/seo/feed";
import { runSitePass } from "@/lib/site/pass";
import { article, loadTree } from "../support/content-tree";

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  link: { "@_href": string; "@_rel": string };
}

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml);
  return parsed.feed as {
    "@_xmlns": string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    entry: AtomEntry[];
  };
};

// Loaded once, at import (as the other content tests do), so no test's time includes reading the content.
const site = runSitePass({ root: process.cwd() });
const realFeed = atomFeed(site.articles, { subtitle: "说明" });

describe("the Atom feed lets readers follow corrections", () => {
  it("is well-formed Atom with the feed's required elements", () => {
    const feed = parse(realFeed);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^https?:\/\//);
    expect(feed.title).toBe("许可证指南");
    expect(feed.author.name).toBe("许可证指南");
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
  });

  it("lists every published article once, newest update first, each with its summary and address", () => {
    const entries = parse(realFeed).entry;
    expect(entries.map((e) => e.title).sort()).toEqual(site.articles.map((a) => a.title).sort());
    expect(new Set(entries.map((e) => e.id)).size).toBe(site.articles.length);
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const entry of entries) {
      const source = site.articles.find((a) => a.title === entry.title);
      expect(source && entry.summary).toBe(source && feedSummary(source));
      expect(entry.link["@_href"]).toBe(entry.id);
      expect(entry.id.endsWith(source?.url ?? "?")).toBe(true);
    }
  });

  it("stays well-formed whatever characters a title or change holds, and names the latest change", () => {
    const { articles } = loadTree({
      "x.md": article("正文。", {
        "title: 测试指南": "title: 'A & B <C> \"D\"'",
        "related: []":
          "related: []\nchanges:\n  - date: 2026-01-02\n    note: 旧的更改\n  - date: 2026-11-29\n    note: 改正 <期限> & 出处",
      }),
    });
    const [entry] = parse(atomFeed(articles, { subtitle: "<说明>" })).entry;
    expect(entry?.title).toBe('A & B <C> "D"');
    expect(entry?.summary).toBe("用于测试的一句话说明。（最近更改：改正 <期限> & 出处）");
  });
});

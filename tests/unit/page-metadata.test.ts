import { describe, expect, it, vi } from "vitest";
import { breadcrumbList } from "@/lib/seo/json-ld";
import { articleMetadata, pageMetadata, siteMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site-url";
import { article, loadTree } from "../support/content-tree";

describe("every page tells search engines and chat apps what it is", () => {
  it("gives a page its canonical address, the feed link, Open Graph and Twitter tags", () => {
    const meta = pageMetadata({ title: "全部文章", description: "说明。", path: "/articles" });
    expect(meta.alternates?.canonical).toBe("/articles");
    expect(meta.alternates?.types).toEqual({
      "application/atom+xml": [{ url: "/feed.xml", title: "许可证指南：文章更新" }],
    });
    expect(meta.openGraph).toMatchObject({
      type: "website",
      siteName: "许可证指南",
      locale: "zh_CN",
      url: "/articles",
      title: "全部文章",
      description: "说明。",
      images: [{ url: "/og.png", width: 1200, height: 630 }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: "全部文章" });
  });

  it("marks an article as og:type article with its modified and published times from front matter", () => {
    const { articles } = loadTree({
      "x.md": article("正文。", { "updated: 2026-11-29": "updated: 2026-11-20\npublished: 2025-03-01" }),
    });
    const [only] = articles;
    if (!only) throw new Error("article did not load");
    const meta = articleMetadata(only, "续期");
    expect(meta.title).toBe("测试指南");
    expect(meta.alternates?.canonical).toBe("/articles/x");
    expect(meta.openGraph).toMatchObject({
      type: "article",
      modifiedTime: "2026-11-20T00:00:00+08:00",
      publishedTime: "2025-03-01T00:00:00+08:00",
      section: "续期",
      locale: "zh_CN",
    });
  });

  it("resolves every address against SITE_URL", () => {
    vi.stubEnv("SITE_URL", "https://example.cn/");
    try {
      expect(String(siteMetadata().metadataBase)).toBe("https://example.cn/");
      expect(absoluteUrl("/feed.xml")).toBe("https://example.cn/feed.xml");
      expect(
        breadcrumbList([{ label: "首页", href: "/" }, { label: "本页" }]).itemListElement,
      ).toContainEqual(expect.objectContaining({ item: "https://example.cn/" }));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

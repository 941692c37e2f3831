import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content";
import { articleGraph, breadcrumbList, type JsonLdNode, serializeJsonLd } from "@/lib/seo/json-ld";
import { article, guideBody, loadTree } from "../support/content-tree";

function load(text: string): Article {
  const { articles, messages } = loadTree({ "x.md": text });
  expect(messages).toEqual([]);
  const [only] = articles;
  if (!only) throw new Error("article did not load");
  return only;
}

const faqBody = `答案先行。

## 常见问题

### 过期后还能续吗？ {#expired}

不能，需要重新申请。

### 要交费吗？

官方渠道**不收费**。
`;

const nodes = (a: Article) => articleGraph(a)["@graph"];
const byType = (a: Article, type: string) => nodes(a).find((node) => node["@type"] === type);

describe("structured data is built from the article the page shows", () => {
  it("describes every article as an Article with its headline, description, dates, language and publisher", () => {
    const a = load(
      article("正文。", { "updated: 2026-11-29": "updated: 2026-11-20\npublished: 2025-03-01" }),
    );
    expect(byType(a, "Article")).toMatchObject({
      headline: "测试指南",
      description: "用于测试的一句话说明。",
      dateModified: "2026-11-20T00:00:00+08:00",
      datePublished: "2025-03-01T00:00:00+08:00",
      inLanguage: "zh-CN",
      publisher: { "@type": "Organization", name: "许可证指南" },
    });
  });

  it("leaves datePublished out when the front matter does not say", () => {
    expect(byType(load(article("正文。")), "Article")).not.toHaveProperty("datePublished");
  });

  it("turns 常见问题 into a FAQPage whose questions and answers are the page's own text", () => {
    const faq = byType(load(article(faqBody)), "FAQPage") as JsonLdNode;
    expect(faq.mainEntity).toEqual([
      expect.objectContaining({
        "@type": "Question",
        name: "过期后还能续吗？",
        acceptedAnswer: { "@type": "Answer", text: "不能，需要重新申请。" },
      }),
      expect.objectContaining({
        name: "要交费吗？",
        acceptedAnswer: { "@type": "Answer", text: "官方渠道不收费。" },
      }),
    ]);
  });

  it("turns a guide's 办理步骤 into a HowTo, one step per ### heading, in order", () => {
    const guide = load(article(guideBody, { "type: explainer": "type: guide" }));
    const howTo = byType(guide, "HowTo") as JsonLdNode;
    expect(howTo.name).toBe("测试指南");
    expect(howTo.step).toEqual([
      expect.objectContaining({
        "@type": "HowToStep",
        position: 1,
        name: "自查有效期",
        text: "看证上的日期。",
      }),
      expect.objectContaining({
        "@type": "HowToStep",
        position: 2,
        name: "在线提交",
        text: "登录系统提交。",
      }),
    ]);
  });

  it("adds no FAQPage without 常见问题 and no HowTo for an explainer", () => {
    const explainer = load(article(`${guideBody.replace("## 常见误区", "## 其他")}`));
    expect(nodes(explainer).map((node) => node["@type"])).toEqual(["Article"]);
  });

  it("gives the breadcrumb trail positions, names and addresses, the page itself without one", () => {
    expect(
      breadcrumbList([
        { label: "首页", href: "/" },
        { label: "续期", href: "/topics/renewal" },
        { label: "本文" },
      ]),
    ).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "首页", item: "http://localhost:3000/" },
        { "@type": "ListItem", position: 2, name: "续期", item: "http://localhost:3000/topics/renewal" },
        { "@type": "ListItem", position: 3, name: "本文" },
      ],
    });
  });

  it("cannot close its script element, whatever a title says", () => {
    const text = serializeJsonLd({ "@type": "Thing", name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>");
  });
});

import { describe, expect, it } from "vitest";
import { article, guideBody, loadTree } from "../support/content-tree";

describe("links and sections in the body are checked at build time", () => {
  it("reports a link to a missing article and to a missing heading, with the body line", () => {
    const { messages } = loadTree({
      "annual-report-guide.md": article("## 逾期后果 {#overdue}\n\n列入不良名单。"),
      "x.md": article(
        [
          "见[年报指南](/articles/annual-report-guide)。", // fine
          "",
          "见[逾期](/articles/annual-report-guide#overdue)。", // fine
          "",
          "见[错链](/articles/annual-report-guid)。",
          "",
          "见[错锚点](/articles/annual-report-guide#overdu)。",
          "",
          "见[本文](#nowhere)和[分类](/licences/b99)和[外部](https://www.miit.gov.cn/)。",
        ].join("\n"),
      ),
    });
    expect(messages).toEqual([
      'content/articles/x.md:21 body link: found "/articles/annual-report-guid", expected the address of a page this site publishes (did you mean "/articles/annual-report-guide"?) [broken-link]',
      'content/articles/x.md:23 body link: found "#overdu" in /articles/annual-report-guide#overdu, expected a heading anchor of "annual-report-guide" (did you mean "overdue"?) [broken-anchor]',
      'content/articles/x.md:25 body link: found "#nowhere" in #nowhere, expected a heading anchor of "x" [broken-anchor]',
      'content/articles/x.md:25 body link: found "/licences/b99", expected the address of a page this site publishes (did you mean "/licences/b11"?) [broken-link]',
    ]);
  });

  it("accepts a link to a Chinese heading by its text", () => {
    const { messages } = loadTree({
      "x.md": article(
        "## 办理时限\n\n内容。\n\n见[上文](#办理时限)，编码后也可以：[上文](#%E5%8A%9E%E7%90%86%E6%97%B6%E9%99%90)。",
      ),
    });
    expect(messages).toEqual([]);
  });

  it("reports an image that is not under public/", () => {
    const { messages } = loadTree(
      { "x.md": article("![示例](/images/ok.svg)\n\n![缺失](/images/missing.svg)") },
      ["images/ok.svg"],
    );
    expect(messages).toEqual([
      'content/articles/x.md:19 body image: found "/images/missing.svg", expected an image file under public/ [broken-link]',
    ]);
  });

  it("reports a reader question mapped to an anchor the article does not have", () => {
    const { messages, articles } = loadTree({
      "x.md": article("## 常见问题\n\n### 要多久？ {#how-long}\n\n60 日。", {
        "questions: []":
          "questions:\n  - 续期要多久\n  - { text: 过期了怎么办, anchor: how-long }\n  - { text: 要交钱吗, anchor: fees }",
      }),
    });
    expect(messages).toEqual([
      'content/articles/x.md:17 questions[2].anchor: found "fees", expected the anchor of a heading in this article [broken-anchor]',
    ]);
    expect(articles).toEqual([]);
  });

  it("reports a guide without its required sections, one message per missing section", () => {
    const { messages } = loadTree({
      "g.md": article("## 前提与材料\n\n- 营业执照", { "type: explainer": "type: guide" }),
    });
    expect(messages).toEqual([
      'content/articles/g.md:4 body: found no "## 办理步骤" section in a guide, expected a "## 办理步骤" section (or type: explainer) [missing-section]',
      'content/articles/g.md:4 body: found no "## 常见误区" section in a guide, expected a "## 常见误区" section (or type: explainer) [missing-section]',
    ]);
  });

  it("reports conventional sections that are empty, a level-one heading and duplicate anchors", () => {
    const { messages } = loadTree({
      "g.md": article(
        "# 又一个标题\n\n## 办理步骤\n\n没有小标题。\n\n## 常见问题\n\n### 问一 {#q}\n\n答。\n\n### 问二 {#q}\n\n答。",
      ),
    });
    expect(messages).toEqual([
      'content/articles/g.md:17 body: found "# 又一个标题", expected ## or deeper headings (the title comes from front matter) [h1-in-body]',
      'content/articles/g.md:19 body: found a "## 办理步骤" section with no steps, expected a numbered list (1. 2. 3.), or one ### heading per step followed by its text [empty-section]',
      'content/articles/g.md:29 body heading: found anchor "#q" again (first at line 25), expected a different {#id} for each heading [duplicate-anchor]',
    ]);
  });

  it("fills in backlinks and related articles from links and shared licence and topic", async () => {
    const { articles } = loadTree({
      "guide.md": article(guideBody, { "type: explainer": "type: guide" }),
      "linker.md": article("见[指南](/articles/guide)。", {
        "topic: renewal": "topic: apply",
        "licences: [b25]": "licences: [b11]",
      }),
      "same-topic.md": article("正文。"),
    });
    const { buildLinkGraph } = await import("@/lib/content/graph");
    const graph = buildLinkGraph(articles);
    expect(graph.backlinks("guide").map((a) => a.slug)).toEqual(["linker"]);
    expect(graph.related("guide").map((a) => a.slug)).toEqual(["same-topic"]);
  });
});

import { describe, expect, it } from "vitest";
import { guideSections } from "@/lib/content/checks/guide-sections";
import { headingAnchors } from "@/lib/content/checks/heading-anchors";
import { questionAnchors } from "@/lib/content/checks/question-anchors";
import { relatedSlugs } from "@/lib/content/checks/related-slugs";
import { taxonomyIds } from "@/lib/content/checks/taxonomy-ids";
import { parseArticle } from "@/lib/content/parse-article";
import { loadTaxonomy } from "@/lib/content/taxonomy-file";
import { article, guideBody } from "../support/content-tree";

const { taxonomy } = loadTaxonomy(process.cwd());
const parse = (text: string, slug = "x") =>
  parseArticle({ file: `content/articles/${slug}.md`, absolute: "", slug }, Buffer.from(text));
const context = { taxonomy, slugs: new Set(["x", "annual-report-guide"]) };
const fields = (problems: { field: string; line: number }[]) => problems.map((p) => `${p.line} ${p.field}`);

describe("each per-article check is one named rule over a parsed file", () => {
  it("taxonomy ids: unknown licence, region and topic ids, each with its line", () => {
    const parsed = parse(
      article("正文。", { "licences: [b25]": "licences: [b25, ICP]", "topic: renewal": "topic: renewl" }),
    );
    expect(fields(taxonomyIds.run(parsed, context))).toEqual(["5 licences[1]", "6 topic"]);
    expect(taxonomyIds.run(parsed, { ...context, taxonomy: undefined })).toEqual([]);
  });

  it("heading anchors: the second heading with an anchor already used", () => {
    const parsed = parse(article("## 甲 {#a}\n\n文。\n\n## 乙 {#a}\n\n文。"));
    expect(headingAnchors.run(parsed, context).map((p) => p.found)).toEqual([
      'anchor "#a" again (first at line 17)',
    ]);
  });

  it("question anchors: a question naming a heading the article does not have", () => {
    const parsed = parse(
      article("## 甲 {#a}\n\n文。", {
        "questions: []": "questions:\n  - { text: 问, anchor: a }\n  - { text: 答, anchor: b }",
      }),
    );
    expect(fields(questionAnchors.run(parsed, context))).toEqual(["16 questions[1].anchor"]);
  });

  it("guide sections: each required section a guide lacks", () => {
    expect(
      guideSections.run(parse(article(guideBody, { "type: explainer": "type: guide" })), context),
    ).toEqual([]);
    const parsed = parse(article("## 前提与材料\n\n- 执照", { "type: explainer": "type: guide" }));
    expect(guideSections.run(parsed, context).map((p) => p.found)).toEqual([
      'no "## 办理步骤" section in a guide',
      'no "## 常见误区" section in a guide',
    ]);
  });

  it("related slugs: itself, and a slug that is no article (with the nearest)", () => {
    const parsed = parse(article("正文。", { "related: []": "related: [x, annual-report-guid]" }));
    expect(relatedSlugs.run(parsed, context).map((p) => `${p.code} ${p.hint ?? ""}`)).toEqual([
      "self-related ",
      'unknown-related did you mean "annual-report-guide"?',
    ]);
  });
});

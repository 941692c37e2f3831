import { describe, expect, it } from "vitest";
import { answersShown, coverageMap, coverageStages } from "@/lib/coverage";
import { buildSitePages, pageModel } from "@/lib/pages";
import { routes } from "@/lib/routes";
import { article, loadTree } from "../support/content-tree";

/** An article about `licences` on `topic`, titled `title`, with an optional body. */
const about = (title: string, licences: string, topic: string, body = "正文。") =>
  article(body, {
    "title: 测试指南": `title: ${title}`,
    "licences: [b25]": `licences: [${licences}]`,
    "topic: renewal": `topic: ${topic}`,
  });

const tree = loadTree({
  "renewal-all.md": about("续期通用指南", "b11, b21, b25", "renewal"),
  "renewal-icp.md": about("ICP续期", "b25", "renewal", "## 续期时的年报 {#annual-report}\n\n见下。"),
  "store-and-forward.md": about(
    "存储转发业务许可证",
    "b23",
    "apply",
    "## 续期 {#renewal}\n\n见续期指南。\n\n## 其他\n\n### 三级标题不算 {#cancellation}\n\n文。",
  ),
  "icp-basics.md": about("ICP许可证是什么", "b25", "basics"),
  "reports.md": about("年报指南", "b25", "annual-report"),
  ...Object.fromEntries(
    ["甲", "乙", "丙", "丁", "戊"].map((name, i) => [
      `change-${i}.md`,
      about(`变更${name}`, "b14", "change"),
    ]),
  ),
});
const map = coverageMap(tree.articles, tree.taxonomy);
const cell = (licence: string, stage: string) => {
  const found = map.row(licence)?.cells.find((c) => c.stage.id === stage);
  if (!found) throw new Error(`no cell ${licence} ${stage}`);
  return found;
};
const hrefs = (licence: string, stage: string) => cell(licence, stage).answers.map((a) => a.href);

describe("the coverage map: every licence by stage, derived from the articles", () => {
  it("has a column for every topic of the taxonomy, in the order a licence lives them", () => {
    const stages = coverageStages(tree.taxonomy);
    expect(stages.map((s) => s.label)).toEqual(["入门/申请", "年报", "变更", "续期", "注销", "合规", "外资"]);
    const topics = stages.flatMap((s) => s.topics);
    expect([...topics].sort()).toEqual(tree.taxonomy.data.topics.map((t) => t.id).sort());
  });

  it("has a row for every licence of the taxonomy, in its order", () => {
    expect(map.rows.map((row) => row.licence.id)).toEqual(tree.taxonomy.data.licences.map((l) => l.id));
  });

  it("lists the articles on a stage's topic for each of their licences, the most specific first", () => {
    expect(hrefs("b25", "renewal")).toEqual([routes.article("renewal-icp"), routes.article("renewal-all")]);
    expect(hrefs("b21", "renewal")).toEqual([routes.article("renewal-all")]);
    // Two topics share the first column.
    expect(hrefs("b25", "apply")).toEqual([routes.article("icp-basics")]);
  });

  it("lists a ## section whose anchor is a topic id after the articles, naming the section", () => {
    expect(cell("b23", "renewal").answers).toEqual([
      { href: routes.article("store-and-forward", "renewal"), title: "存储转发业务许可证", section: "续期" },
    ]);
    expect(hrefs("b25", "annual-report")).toEqual([
      routes.article("reports"),
      routes.article("renewal-icp", "annual-report"),
    ]);
    // A ### heading with a topic's anchor is part of a section, not an answer of its own.
    expect(cell("b23", "cancellation").answers).toEqual([]);
  });

  it("says a cell is empty and links every article of the stage", () => {
    const empty = cell("b11", "cancellation");
    expect(empty.answers).toEqual([]);
    expect(empty.more).toBe(0);
    expect(empty.stage.href).toBe(routes.topic("cancellation"));
    expect(empty.stage.hrefLabel).toBe("注销");
    expect(cell("b11", "apply").stage.href).toBe(routes.topic("apply"));
  });

  it(`lists at most ${answersShown} answers in a cell and counts the rest`, () => {
    const full = cell("b14", "change");
    expect(full.answers.map((a) => a.title)).toEqual(["变更丙", "变更丁", "变更甲"].slice(0, answersShown));
    expect(full.answers.length + full.more).toBe(5);
  });

  it("is a page of the site below the licence categories", () => {
    const model = pageModel(buildSitePages(tree.articles, tree.taxonomy));
    expect(model.breadcrumbs(routes.coverage).map((c) => c.label)).toEqual([
      "首页",
      "许可证类别",
      "办理事项总览",
    ]);
  });
});

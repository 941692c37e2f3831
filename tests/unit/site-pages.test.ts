import { describe, expect, it } from "vitest";
import { buildSitePages, pageModel } from "@/lib/pages";
import { footerNavigation, routes } from "@/lib/routes";
import { article, loadTree } from "../support/content-tree";

const tree = loadTree({
  "renewal.md": article("见[年报](/articles/report)。", {
    "title: 测试指南": "title: 续期指南",
    "regions: [national]": "regions: [beijing]",
  }),
  "report.md": article("见[续期](/articles/renewal)。", {
    "title: 测试指南": "title: 年报指南",
    "topic: renewal": "topic: annual-report",
  }),
});
const model = pageModel(buildSitePages(tree.articles, tree.taxonomy));

describe("the page model lists every page the site publishes, once", () => {
  it("has the fixed pages, every licence and topic, regions in use only, and every article", () => {
    const urls = model.pages.map((page) => page.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(
      expect.arrayContaining([routes.home, routes.search(), routes.articles, routes.licences, routes.topics]),
    );
    for (const licence of tree.taxonomy.data.licences) expect(urls).toContain(routes.licence(licence.id));
    for (const topic of tree.taxonomy.data.topics) expect(urls).toContain(routes.topic(topic.id));
    expect(urls).toContain(routes.region("beijing"));
    expect(urls).not.toContain(routes.region("shanghai"));
    expect(urls).toContain(routes.article("renewal"));
    expect(model.ids("article").sort()).toEqual(["renewal", "report"]);
  });

  it("builds breadcrumbs from parents: home, section, category, then the page itself without a link", () => {
    expect(model.breadcrumbs(routes.article("report"))).toEqual([
      { label: "首页", href: "/" },
      { label: "办理事项", href: routes.topics },
      { label: tree.taxonomy.topic("annual-report")?.name, href: routes.topic("annual-report") },
      { label: "年报指南", href: undefined },
    ]);
    expect(model.breadcrumbs(routes.licences)).toEqual([
      { label: "首页", href: "/" },
      { label: "许可证类别", href: undefined },
    ]);
  });

  it("gives one navigation list of the main sections", () => {
    expect(model.navigation().map((link) => link.href)).toEqual([
      routes.licences,
      routes.topics,
      routes.articles,
      routes.tools,
    ]);
  });

  it("lists the tools and the record of changes in the footer, after the main sections", () => {
    expect(model.navigation(footerNavigation).map((link) => link.label)).toEqual([
      "许可证类别",
      "办理事项",
      "全部文章",
      "工具",
      "地区",
      "续期规划",
      "许可证查询",
      "更新记录",
    ]);
  });

  it("leaves the search page out of the sitemap's pages", () => {
    expect(model.page(routes.search())?.unlisted).toBe(true);
    expect(model.pages.filter((page) => page.unlisted).map((page) => page.url)).toEqual([routes.search()]);
  });
});

describe("the link checker accepts exactly the pages the build generates", () => {
  it("accepts a link to every published page and rejects a region page no article makes", () => {
    const links = [...model.pages.map((page) => page.url), routes.region("shanghai")];
    const { messages } = loadTree({
      "a.md": article(links.map((url, i) => `[${i}](${url})`).join("\n\n"), {
        "regions: [national]": "regions: [beijing]",
      }),
      "renewal.md": article("正文。"),
      "report.md": article("正文。"),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/articles\/a\.md:\d+ body link: found "\/regions\/shanghai", expected the address of a page this site publishes .*\[broken-link\]$/,
      ),
    ]);
  });
});

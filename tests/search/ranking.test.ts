import { describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchDocument } from "@/lib/search/build/build";
import { planQuery, rankSections } from "@/lib/search/shared/ranking";
import { engineForFiles } from "../support/search-index";

/** A handmade document: only what a rule needs, the rest filler that matches nothing. */
function doc(slug: string, parts: Partial<SearchDocument>): SearchDocument {
  return {
    url: `/articles/${slug}`,
    title: "无关标题",
    licenceLabel: "",
    description: "一句说明。",
    heads: [],
    body: "正文文字。",
    sections: [],
    ...parts,
  };
}

async function ranked(docs: SearchDocument[], query: string, synonyms: string[][] = []): Promise<string[]> {
  const { engine } = engineForFiles(buildSearchIndex(docs, { synonyms }));
  return (await engine.search(query, 10)).map((hit) => hit.url.replace("/articles/", ""));
}

describe("the ranking rules README states, each on handmade documents", () => {
  it("ranks a title match above a heading, a heading above the description, the description above the body", async () => {
    const docs = [
      doc("in-body", { body: "这里提到续期一次。" }),
      doc("in-description", { description: "讲续期。" }),
      doc("in-heading", { heads: ["续期的时间"] }),
      doc("in-title", { title: "续期说明" }),
    ];
    expect(await ranked(docs, "续期")).toEqual(["in-title", "in-heading", "in-description", "in-body"]);
  });

  it("puts documents about every word of the query (ICP续期) above documents about one of them, however often", async () => {
    const docs = [
      doc("renewal-only", { title: "EDI许可证续期", body: "续期续期续期，续期的材料与续期的时间。" }),
      doc("icp-only", { title: "ICP许可证申请", body: "ICP 许可证的申请条件。" }),
      doc("both", { title: "ICP许可证续期", body: "到期前申请。" }),
    ];
    expect((await ranked(docs, "ICP续期"))[0]).toBe("both");
  });

  it("lets a whole query phrase in a title beat the same words scattered through a title", async () => {
    const docs = [
      doc("scattered", { title: "年度报告与逾期后的补报", body: "年报 逾期" }),
      doc("phrase", { title: "年报逾期的后果", body: "年报 逾期" }),
    ];
    expect((await ranked(docs, "年报逾期"))[0]).toBe("phrase");
  });

  it("lets a synonym tip a close call but never outweigh the reader's own word", async () => {
    const synonyms = [["续期", "延续"]];
    const tie = [
      doc("plain", { title: "许可证续期", body: "到期前办理。" }),
      doc("with-synonym", { title: "许可证续期", body: "到期前办理延续。" }),
    ];
    expect((await ranked(tie, "续期", synonyms))[0]).toBe("with-synonym");
    const own = [
      doc("synonym-in-title", { title: "许可证延续", heads: ["延续的条件"], description: "延续。" }),
      doc("own-word-in-title", { title: "许可证续期" }),
    ];
    expect((await ranked(own, "续期", synonyms))[0]).toBe("own-word-in-title");
  });

  it("finds a document by a synonym alone when the reader's word is nowhere", async () => {
    const docs = [doc("renewal", { title: "许可证延续办理" }), doc("other", { title: "许可证注销办理" })];
    expect((await ranked(docs, "续期", [["续期", "延续"]]))[0]).toBe("renewal");
  });

  it("counts the words of one synonym group as one stand-in, however many of them a document holds", async () => {
    // The 10,000-article miss: a phrase from the body of one article, against articles that share most of its
    // pairs and, being about IDC, say every alias of 机房 as well.
    const synonyms = [["机房", "idc", "数据中心", "服务器托管", "主机托管"]];
    const docs = [
      doc("aliases", {
        title: "IDC数据中心许可证",
        description: "服务器托管与主机托管。",
        body: "石家庄朗云接入机房工程",
      }),
      doc("phrase", { body: "去年一家企业在推进银川长云接入机房工程时被退回。" }),
    ];
    expect((await ranked(docs, "银川长云接入机房工程", synonyms))[0]).toBe("phrase");
  });

  it("prefers a title that is mostly the query to a long title that mentions it among much else", async () => {
    const docs = [
      doc("long", { title: "存储转发类业务许可证指南：申请、年报、续期与注销全流程" }),
      doc("short", { title: "年报指南" }),
    ];
    expect((await ranked(docs, "年报"))[0]).toBe("short");
  });

  it("drops documents sharing only a stray character with the query", async () => {
    const docs = [doc("stray", { title: "电子商务", body: "电子" }), doc("match", { title: "量子通信" })];
    expect(await ranked(docs, "量子通信")).toEqual(["match"]);
  });
});

describe("sub-results: the sections that answer the query", () => {
  const plan = planQuery("年报逾期", []);
  const section = (title: string, text = "") => ({ title, text });

  it("puts the heading that says the whole query first, and never more than three", () => {
    const sections = [
      section("逾期未报的后果", "年报逾期会被列入经营异常名录。"),
      section("年报逾期会怎样"),
      section("年报的内容", "每年报送，逾期补报。"),
      section("年报逾期能补报吗"),
      section("年报逾期后如何移出名录"),
    ];
    const picked = rankSections(sections, plan).map((s) => s.title);
    expect(picked).toHaveLength(3);
    expect(picked[0]).toBe("年报逾期会怎样");
    expect(picked).not.toContain("年报的内容");
  });

  it("leaves out a section that matches less than half of the query", () => {
    expect(rankSections([section("办理步骤", "登录系统填写年度信息。")], plan)).toEqual([]);
  });

  it("links each sub-result to its anchor inside the article and gives it a snippet with the query marked", async () => {
    const docs = [
      doc("annual-report", {
        title: "年报指南",
        body: "年报逾期的后果很重。",
        sections: [{ anchor: "overdue", title: "逾期未报的后果", text: "年报逾期会被列入经营异常名录。" }],
      }),
    ];
    const { engine } = engineForFiles(buildSearchIndex(docs, { synonyms: [] }));
    const [hit] = await engine.search("年报逾期", 5);
    expect(hit?.sections.map((s) => s.url)).toEqual(["/articles/annual-report#overdue"]);
    expect(hit?.sections[0]?.snippet.some((part) => part.hit && part.text.includes("逾期"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { PrerequisitesBlock, TitledBlock } from "@/lib/content";
import { article, guideBody, loadTree } from "../support/content-tree";

function parse(body: string, type: "guide" | "explainer" = "guide") {
  const { articles, messages } = loadTree({ "x.md": article(body, { "type: explainer": `type: ${type}` }) });
  expect(messages).toEqual([]);
  const [only] = articles;
  if (!only) throw new Error("article did not load");
  return only;
}

const plain = (block: { items: { text: string }[] }) => block.items.map((item) => item.text);

describe("the body is drawn out into typed parts by its conventional headings", () => {
  it("keeps the text before the first section as the answer-first introduction", () => {
    const [intro] = parse(guideBody).blocks;
    expect(intro?.kind).toBe("prose");
  });

  it("reads 前提与材料 as checklist items", () => {
    const block = parse(guideBody).blocks.find((b) => b.kind === "prerequisites") as PrerequisitesBlock;
    expect(plain(block)).toEqual(["营业执照", "许可证"]);
  });

  it("reads 办理步骤 as ordered steps, each with a title and its detail", () => {
    const block = parse(guideBody).blocks.find((b) => b.kind === "steps") as TitledBlock;
    expect(block.items.map(({ title, text }) => ({ title, text }))).toEqual([
      { title: "自查有效期", text: "看证上的日期。" },
      { title: "在线提交", text: "登录系统提交。" },
    ]);
  });

  it("reads 常见误区 as titled warnings", () => {
    const block = parse(guideBody).blocks.find((b) => b.kind === "pitfalls") as TitledBlock;
    expect(block.items.map((i) => i.title)).toEqual(["提前半年才是法定期限吗？"]);
    expect(plain(block)).toEqual(["法定要求是 90 日。"]);
  });

  it("reads 常见问题 as questions and answers with their own anchors", () => {
    const body =
      "答案先行。\n\n## 常见问题\n\n### 过期了还能续吗？ {#expired}\n\n不能。\n\n### 要多久？\n\n60 日。";
    const block = parse(body, "explainer").blocks.find((b) => b.kind === "faq") as TitledBlock;
    expect(block.items.map(({ id, title, text }) => ({ id, title, text }))).toEqual([
      { id: "expired", title: "过期了还能续吗？", text: "不能。" },
      { id: "要多久", title: "要多久？", text: "60 日。" },
    ]);
  });

  it("gives Chinese headings stable, readable anchors and lists them in the table of contents", () => {
    const body =
      "## 适用范围\n\n文字。\n\n### 哪些业务\n\n文字。\n\n## 适用范围\n\n再来一次。\n\n## ICP 证 {#icp}\n\n文字。";
    const { toc } = parse(body, "explainer");
    expect(toc).toEqual([
      { id: "适用范围", text: "适用范围", depth: 2 },
      { id: "哪些业务", text: "哪些业务", depth: 3 },
      { id: "适用范围-1", text: "适用范围", depth: 2 },
      { id: "icp", text: "ICP 证", depth: 2 },
    ]);
  });

  it("keeps GFM tables and footnotes", () => {
    const body =
      "| 类别 | 代码 |\n| --- | --- |\n| IDC | B11 |\n\n有效期 5 年[^1]。\n\n[^1]: 《电信业务经营许可管理办法》。";
    const { blocks } = parse(body, "explainer");
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "footnotes"]);
    const json = JSON.stringify(blocks);
    expect(json).toContain('"tagName":"table"');
    expect(json).toContain("dataFootnoteRef");
  });
});

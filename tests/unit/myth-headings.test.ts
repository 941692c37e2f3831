import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mythHeadings, readsAsCorrection } from "@/lib/content/checks/myth-headings";
import { formatAuthorError } from "@/lib/content/errors";
import { parseArticle } from "@/lib/content/parse-article";
import { loadTaxonomy } from "@/lib/content/taxonomy-file";
import { loadTree } from "../support/content-tree";

const fixture = readFileSync("tests/fixtures/myth-headings/pitfall-headings.md", "utf8");
const parsed = parseArticle(
  { file: "content/articles/pitfall-headings.md", absolute: "", slug: "pitfall-headings" },
  Buffer.from(fixture),
);
const context = { taxonomy: loadTaxonomy(process.cwd()).taxonomy, slugs: new Set(["pitfall-headings"]) };

describe("a heading under 常见误区 does not state the mistake as true on its own", () => {
  it("reports a bare myth heading with its line, what was found and what is expected", () => {
    expect(
      mythHeadings.run(parsed, context).map((p) => ({ file: "content/articles/pitfall-headings.md", ...p })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "myth-heading",
          "expected": "a question (？) or a heading that opens with 不是, 并非, 不会, 不必, 无需, 不需要, 不能, 没有, 未必, 不一定",
          "field": "body heading under ## 常见误区",
          "file": "content/articles/pitfall-headings.md",
          "found": ""年报逾期会被列入“经营异常名录”"",
          "line": 28,
        },
      ]
    `);
  });

  it("lets a question (full-width or ASCII mark) and a heading that opens with a negation pass", () => {
    expect(readsAsCorrection("年报逾期会被列入“经营异常名录”吗？不会")).toBe(true);
    expect(readsAsCorrection("ISP 是第二类增值电信业务?")).toBe(true);
    expect(readsAsCorrection("不是所有网站都要办ICP证")).toBe(true);
    expect(readsAsCorrection("无需每年年检")).toBe(true);
    expect(readsAsCorrection("ISP 是第二类增值电信业务")).toBe(false);
    // A negation later in the heading still states the myth first.
    expect(readsAsCorrection("年报里写了变动，就不用办许可证变更")).toBe(false);
  });

  it("leaves alone headings outside 常见误区, and deeper headings inside it", () => {
    const headings = parsed.body?.headings ?? [];
    const reported = mythHeadings.run(parsed, context).map((p) => p.line);
    // ### 登录系统填报 (steps), #### 补充说明 (under a pitfall), ### 逾期会被列入不良名单 (a later ## section).
    for (const text of ["登录系统填报", "补充说明", "逾期会被列入不良名单"]) {
      const heading = headings.find((h) => h.text === text);
      expect(heading, text).toBeDefined();
      expect(reported).not.toContain(heading?.line);
    }
  });

  it("runs in the content pass, which names the file and the line of each bare heading", () => {
    const tree = loadTree({ "pitfall-headings.md": fixture });
    const reported = [...tree.errors, ...tree.warnings].filter((p) => p.code === "myth-heading");
    expect(reported.map(formatAuthorError)).toEqual([
      'content/articles/pitfall-headings.md:28 body heading under ## 常见误区: found "年报逾期会被列入“经营异常名录”", expected a question (？) or a heading that opens with 不是, 并非, 不会, 不必, 无需, 不需要, 不能, 没有, 未必, 不一定 [myth-heading]',
    ]);
  });
});

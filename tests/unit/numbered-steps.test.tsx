import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepTimeline } from "@/components/StepTimeline";
import type { TitledBlock } from "@/lib/content";
import { loadTree } from "../support/content-tree";

const fixture = (name: string) => readFileSync(`tests/fixtures/steps/${name}.md`, "utf8");
const stepsOf = (name: string) => {
  const tree = loadTree({ [`${name}.md`]: fixture(name) });
  return {
    ...tree,
    steps: tree.articles[0]?.blocks.find((b) => b.kind === "steps") as TitledBlock | undefined,
  };
};

describe("steps written as a numbered list under 办理步骤", () => {
  it("reads one step per item: a bold lead or the first line is the title, the rest its detail", () => {
    const { messages, steps } = stepsOf("numbered-steps");
    expect(messages).toEqual([]);
    expect(steps?.items.map(({ id, title, text }) => ({ id, title, text }))).toEqual([
      {
        id: "step-1",
        title: "登录系统",
        text: "每年 1 月 1 日至 3 月 31 日登录电信业务市场综合管理信息系统。",
      },
      { id: "step-2", title: "填写上一年度的经营情况", text: "包括经营收入和用户规模。" },
      { id: "step-3", title: "提交后确认状态为 已提交。", text: "" },
      { id: "step-4", title: "上传附件", text: "如审计报告或财务报表。 审计报告 财务报表" },
    ]);
  });

  it("keeps the text before the list as the lead and the text after it below the steps", () => {
    const { steps } = stepsOf("numbered-steps");
    if (!steps) throw new Error("no steps block");
    const html = renderToStaticMarkup(<StepTimeline block={steps} />);
    expect(html.indexOf("按下面的顺序办理")).toBeLessThan(html.indexOf("登录系统"));
    expect(html.indexOf("各环节时限以主管部门公布的为准")).toBeGreaterThan(html.indexOf("上传附件"));
    expect(html.match(/class="timeline-step"/g)).toHaveLength(4);
  });

  it("gives each step an anchor that links are checked against", () => {
    const { messages } = loadTree({
      "numbered-steps.md": fixture("numbered-steps"),
      "x.md": fixture("numbered-steps").replace(
        "先回答问题。",
        "见[第二步](/articles/numbered-steps#step-2)和[第九步](/articles/numbered-steps#step-9)。",
      ),
    });
    expect(messages).toEqual([
      expect.stringMatching(/^content\/articles\/x\.md:\d+ body link: found "#step-9" .*\[broken-anchor\]$/),
    ]);
  });

  it("reports a section that mixes a numbered list with ### entries", () => {
    expect(stepsOf("mixed-steps").messages).toEqual([
      'content/articles/mixed-steps.md:19 body: found a "## 办理步骤" section with both a numbered list and ### entries, expected one form of steps: a numbered list (1. 2. 3.), or one ### heading per step [mixed-steps]',
    ]);
  });

  it("reports a steps section with neither form", () => {
    expect(stepsOf("empty-steps").messages).toEqual([
      'content/articles/empty-steps.md:19 body: found a "## 办理步骤" section with no steps, expected a numbered list (1. 2. 3.), or one ### heading per step followed by its text [empty-section]',
    ]);
  });
});

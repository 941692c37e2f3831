import { quote } from "../errors";
import { sectionHeadings } from "../markdown/sections";
import type { ArticleCheck } from "./check";

/** Words a heading may open with to say at once that the mistake is a mistake. */
export const mythNegations = [
  "不是",
  "并非",
  "不会",
  "不必",
  "无需",
  "不需要",
  "不能",
  "没有",
  "未必",
  "不一定",
];

/** A heading that alone does not state the mistake as true: a question, or one that opens with a negation. */
export function readsAsCorrection(heading: string): boolean {
  const text = heading.trim();
  return /[？?]/.test(text) || mythNegations.some((word) => text.startsWith(word));
}

/**
 * Each `###` mistake under `## 常见误区` is a question or opens with a negation. The table of contents and the
 * search sub-results show such a heading without the correction under it, so a bare "ISP 是第二类增值电信业务"
 * would teach the very mistake the section corrects.
 */
export const mythHeadings: ArticleCheck = {
  name: "myth headings",
  run(parsed) {
    let inPitfalls = false;
    return (parsed.body?.headings ?? []).flatMap((heading) => {
      if (heading.depth <= 2) inPitfalls = heading.depth === 2 && heading.text === sectionHeadings.pitfalls;
      if (!inPitfalls || heading.depth !== 3 || readsAsCorrection(heading.text)) return [];
      return [
        {
          code: "myth-heading" as const,
          line: heading.line,
          field: `body heading under ## ${sectionHeadings.pitfalls}`,
          found: quote(heading.text),
          expected: `a question (？) or a heading that opens with ${mythNegations.join(", ")}`,
        },
      ];
    });
  },
};

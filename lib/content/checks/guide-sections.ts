import { type SectionKind, sectionHeadings } from "../markdown/sections";
import { lineOf } from "../parsed-file";
import type { ArticleCheck } from "./check";

const requiredGuideSections: SectionKind[] = ["prerequisites", "steps", "pitfalls"];

/** A guide has its prerequisites, steps and pitfalls sections. */
export const guideSections: ArticleCheck = {
  name: "guide sections",
  run(parsed) {
    if (parsed.front?.type !== "guide") return [];
    const present = new Set((parsed.body?.blocks ?? []).map((block) => block.kind));
    return requiredGuideSections
      .filter((kind) => !present.has(kind))
      .map((kind) => ({
        code: "missing-section" as const,
        line: lineOf(parsed, "type"),
        field: "body",
        found: `no "## ${sectionHeadings[kind]}" section in a guide`,
        expected: `a "## ${sectionHeadings[kind]}" section (or type: explainer)`,
      }));
  },
};

import type { FileProblem } from "../errors";
import type { ArticleCheck } from "./check";

/** Each heading's anchor is used once in its article, so every #anchor link lands on one place. */
export const headingAnchors: ArticleCheck = {
  name: "heading anchors",
  run(parsed) {
    const problems: FileProblem[] = [];
    const seen = new Map<string, number>();
    for (const heading of parsed.body?.headings ?? []) {
      const first = seen.get(heading.id);
      if (first === undefined) {
        seen.set(heading.id, heading.line);
        continue;
      }
      problems.push({
        code: "duplicate-anchor",
        line: heading.line,
        field: "body heading",
        found: `anchor "#${heading.id}" again (first at line ${first})`,
        expected: "a different {#id} for each heading",
      });
    }
    return problems;
  },
};

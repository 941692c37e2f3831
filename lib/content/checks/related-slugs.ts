import type { FileProblem } from "../errors";
import { quote } from "../errors";
import { lineOf } from "../parsed-file";
import { didYouMean } from "../suggest";
import type { ArticleCheck } from "./check";

/** Each `related` slug names another article. */
export const relatedSlugs: ArticleCheck = {
  name: "related slugs",
  run(parsed, { slugs }) {
    const problems: FileProblem[] = [];
    parsed.front?.related.forEach((slug, index) => {
      const field = `related[${index}]`;
      const line = lineOf(parsed, field);
      if (slug === parsed.slug) {
        problems.push({
          code: "self-related",
          line,
          field,
          found: quote(slug),
          expected: "the slug of another article",
        });
      } else if (!slugs.has(slug)) {
        problems.push({
          code: "unknown-related",
          line,
          field,
          found: quote(slug),
          expected: "the slug of an article",
          hint: didYouMean(slug, [...slugs]),
        });
      }
    });
    return problems;
  },
};

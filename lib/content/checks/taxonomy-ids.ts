import { quote } from "../errors";
import { lineOf } from "../parsed-file";
import { didYouMean } from "../suggest";
import type { ArticleCheck } from "./check";

/** Licence, region and topic ids name entries of content/taxonomy.yaml (a licence's code or alias gets a hint). */
export const taxonomyIds: ArticleCheck = {
  name: "taxonomy ids",
  run(parsed, { taxonomy }) {
    if (!taxonomy) return [];
    const problems: ReturnType<ArticleCheck["run"]> = [];
    for (const field of ["licences", "regions"] as const) {
      const all = field === "licences" ? taxonomy.data.licences : taxonomy.data.regions;
      parsed.ids[field].forEach((id, index) => {
        if (typeof id !== "string" || all.some((item) => item.id === id)) return;
        const byAlias = taxonomy.data.licences.find(
          (l) => l.code === id || l.short === id || l.aliases.includes(id),
        );
        problems.push({
          code: "unknown-taxonomy",
          line: lineOf(parsed, `${field}[${index}]`),
          field: `${field}[${index}]`,
          found: quote(id),
          expected: `a ${field === "licences" ? "licence" : "region"} id from content/taxonomy.yaml`,
          hint:
            field === "licences" && byAlias
              ? `did you mean "${byAlias.id}"?`
              : didYouMean(
                  id,
                  all.map((item) => item.id),
                ),
        });
      });
    }
    const topic = parsed.ids.topic;
    if (typeof topic === "string" && !taxonomy.topic(topic)) {
      problems.push({
        code: "unknown-taxonomy",
        line: lineOf(parsed, "topic"),
        field: "topic",
        found: quote(topic),
        expected: "a topic id from content/taxonomy.yaml",
        hint: didYouMean(
          topic,
          taxonomy.data.topics.map((t) => t.id),
        ),
      });
    }
    return problems;
  },
};

import type { Article, ContentTree } from "../content/article";
import { plainText as text } from "../content/markdown/sections";
import type { TaxonomyIndex } from "../content/taxonomy";
import { licenceLabel } from "../content/taxonomy";
import { buildSearchIndex, type SearchDocument } from "./build";
import type { IndexFiles } from "./format";
import { synonymGroups } from "./synonyms";

/** The words of an article's body a reader might search for: prose, checklist, steps, pitfalls, FAQ (not nav). */
function bodyText(article: Article): string {
  return article.blocks
    .map((block) => {
      switch (block.kind) {
        case "prose":
        case "footnotes":
          return text(block.content);
        case "prerequisites":
          return [text(block.lead), ...block.items.map((item) => item.text)].join(" ");
        default:
          return [
            text(block.lead),
            ...block.items.map((item) => `${item.title} ${item.text}`),
            block.after ? text(block.after) : "",
          ].join(" ");
      }
    })
    .join(" ");
}

/**
 * What a result says it applies to: one licence by code and name; a whole class by the class name (第二类增值电信业务);
 * otherwise the short names readers know (EDI、ICP / SP).
 */
export function appliesTo(licenceIds: string[], taxonomy: TaxonomyIndex): string {
  const licences = licenceIds.map((id) => taxonomy.licence(id)).filter((l) => l !== undefined);
  const [only] = licences;
  if (licences.length === 1 && only) return licenceLabel(only);
  const whole = taxonomy
    .licencesByClass()
    .filter((group) => group.licences.length > 1 && group.licences.every((l) => licenceIds.includes(l.id)));
  if (whole.length === 2 && whole.every((g) => g.class.id === "b1" || g.class.id === "b2"))
    return "各类增值电信业务";
  const covered = new Set(whole.flatMap((g) => g.licences.map((l) => l.id)));
  const names = [
    ...whole.map((g) => g.class.name),
    ...licences.filter((l) => !covered.has(l.id)).map((l) => l.short),
  ];
  return names.length > 3 ? `${names.slice(0, 3).join("、")}等` : names.join("、");
}

/** An article as the search index sees it. */
export function toSearchDocument(article: Article, taxonomy: TaxonomyIndex): SearchDocument {
  return {
    url: article.url,
    title: article.title,
    licenceLabel: appliesTo(article.licences, taxonomy),
    description: article.description,
    heads: [...article.questions.map((q) => q.text), ...article.headings.map((h) => h.text)],
    body: bodyText(article),
  };
}

/** The search index of a content tree, as the build writes it: one function for the build and the tests. */
export function buildContentSearchIndex({ articles, taxonomy, synonyms }: ContentTree): IndexFiles {
  return buildSearchIndex(
    articles.map((article) => toSearchDocument(article, taxonomy)),
    { synonyms: synonymGroups(synonyms, taxonomy.data) },
  );
}

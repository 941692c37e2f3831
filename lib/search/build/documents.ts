import { toString as hastToString } from "hast-util-to-string";
import type { Article, ContentTree } from "../../content/article";
import { type Fragment, type SectionHeading, plainText as text } from "../../content/markdown/sections";
import type { TaxonomyIndex } from "../../content/taxonomy";
import { licenceLabel } from "../../content/taxonomy";
import type { IndexFiles } from "../shared/format";
import { type BuildOptions, buildSearchIndex, type SearchDocument, type SearchSection } from "./build";
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

/** A prose section, cut at its `###` headings: each with an anchor is a section of its own. */
function proseSections(heading: SectionHeading | undefined, content: Fragment): SearchSection[] {
  const found: SearchSection[] = [];
  let current = heading ? { anchor: heading.id, title: heading.text, text: "" } : undefined;
  for (const node of content.children) {
    const id = node.type === "element" && node.tagName === "h3" ? node.properties?.id : undefined;
    if (typeof id === "string") {
      if (current) found.push(current);
      current = { anchor: id, title: hastToString(node).trim(), text: "" };
    } else if (node.type === "element" && node.tagName === "h2") {
      // The section's own heading: already its title.
    } else if (current) current.text += `${hastToString(node)} `;
  }
  if (current) found.push(current);
  return found.map((section) => ({ ...section, text: section.text.replace(/\s+/g, " ").trim() }));
}

/**
 * The parts of an article a sub-result can point at, each with its anchor: a section with a heading, and each step,
 * pitfall and FAQ entry (their own headings). A checklist is one section.
 */
function sections(article: Article): SearchSection[] {
  return article.blocks.flatMap((block): SearchSection[] => {
    switch (block.kind) {
      case "footnotes":
        return [];
      case "prose":
        return proseSections(block.heading, block.content);
      case "prerequisites":
        return [
          {
            anchor: block.heading.id,
            title: block.heading.text,
            text: [text(block.lead), ...block.items.map((item) => item.text)].join(" "),
          },
        ];
      default:
        return block.items.map((item) => ({ anchor: item.id, title: item.title, text: item.text }));
    }
  });
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
    sections: sections(article),
  };
}

/** The search index of a content tree, as the build writes it. */
export function searchIndexOf(
  { articles, taxonomy, synonyms }: ContentTree,
  options: Partial<BuildOptions> = {},
): IndexFiles {
  return buildSearchIndex(
    articles.map((article) => toSearchDocument(article, taxonomy)),
    { synonyms: synonymGroups(synonyms, taxonomy.data), ...options },
  );
}

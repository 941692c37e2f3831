import type { Article } from "./article";
import type { AuthorError } from "./errors";
import type { FieldPath } from "./front-matter";

/**
 * Search expands a reader's word to the other words of its synonym group (content/synonyms.yaml). A group none of
 * whose words any article uses can never find anything: warn about it, at its line, so it is fixed or removed.
 */
export function unusedSynonymGroups(
  groups: readonly string[][],
  lineOf: (path: FieldPath) => number,
  articles: readonly Article[],
): AuthorError[] {
  // Compared without case or spaces: "ICP 证" in an article is the word "ICP证" (search splits Latin from Han anyway).
  const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, "");
  const words = new Set(groups.flat().map(squeeze));
  const used = new Set<string>();
  for (const article of articles) {
    // Title, description, headings and every text node of the body, as one string to look words up in.
    const text = squeeze(`${article.title}${article.description}${JSON.stringify(article.blocks)}`);
    for (const word of words) {
      if (text.includes(word)) {
        used.add(word);
        words.delete(word);
      }
    }
    if (words.size === 0) break;
  }
  return groups.flatMap((group, index) =>
    group.some((word) => used.has(squeeze(word)))
      ? []
      : [
          {
            code: "unused-synonyms" as const,
            file: "content/synonyms.yaml",
            line: lineOf(["groups", index]),
            field: `groups[${index}]`,
            found: `${JSON.stringify(group)}, none of which any article uses`,
            expected: "a group with at least one word the articles use (a query is expanded to these words)",
            hint: "add the word the articles use for it, or remove the group",
          },
        ],
  );
}

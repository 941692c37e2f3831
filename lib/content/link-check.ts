import { existsSync } from "node:fs";
import path from "node:path";
import { fixedPages } from "../routes";
import type { AuthorError } from "./errors";
import type { Article } from "./load";
import { didYouMean } from "./suggest";
import type { TaxonomyIndex } from "./taxonomy";

interface LinkContext {
  root: string;
  taxonomy: TaxonomyIndex;
  /** Every article slug, including articles that failed other checks. */
  slugs: string[];
}

/**
 * Check every site-internal link and image in article bodies: the page must exist, and so must the heading a
 * `#anchor` names. External links are left alone (the build has no network), apart from being marked safe.
 */
export function checkLinks(
  articles: readonly Article[],
  { root, taxonomy, slugs }: LinkContext,
): AuthorError[] {
  const anchorsBySlug = new Map(articles.map((a) => [a.slug, new Set(a.headings.map((h) => h.id))]));
  const known = new Set(slugs);
  const errors: AuthorError[] = [];

  for (const article of articles) {
    for (const link of article.links) {
      const report = (code: AuthorError["code"], found: string, expected: string, hint?: string) =>
        errors.push({
          code,
          file: article.file,
          line: link.line,
          field: `body ${link.kind}`,
          found,
          expected,
          hint,
        });
      const url = link.url.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue; // external or another protocol
      if (!url.startsWith("/") && !url.startsWith("#")) {
        report(
          "broken-link",
          `"${url}"`,
          "an address starting with / (e.g. /articles/annual-report-guide) or #anchor",
        );
        continue;
      }
      const [pathPart = "", rawAnchor] = url.split("#", 2);
      const anchor = rawAnchor === undefined ? undefined : decodeURIComponent(rawAnchor);
      const pagePath = pathPart === "" ? article.url : pathPart.replace(/\/$/, "") || "/";

      if (link.kind === "image") {
        if (!existsSync(path.join(root, "public", decodeURIComponent(pagePath)))) {
          report("broken-link", `"${url}"`, "an image file under public/");
        }
        continue;
      }

      const articleMatch = /^\/articles\/([^/]+)$/.exec(pagePath);
      if (articleMatch) {
        const slug = decodeURIComponent(articleMatch[1] ?? "");
        if (!known.has(slug)) {
          report("broken-link", `"${url}"`, "a link to an existing article", didYouMean(slug, [...known]));
          continue;
        }
        const anchors = anchorsBySlug.get(slug);
        if (anchor !== undefined && anchors && !anchors.has(anchor)) {
          report(
            "broken-anchor",
            `"#${anchor}" in ${url}`,
            `a heading anchor of "${slug}"`,
            didYouMean(anchor, [...anchors]),
          );
        }
        continue;
      }
      const taxonomyMatch = /^\/(licences|topics|regions)\/([^/]+)$/.exec(pagePath);
      if (taxonomyMatch) {
        const [, kind, id = ""] = taxonomyMatch;
        // Region pages exist only for regions that some article is about.
        const exists =
          kind === "licences"
            ? taxonomy.licence(id)
            : kind === "topics"
              ? taxonomy.topic(id)
              : taxonomy.region(id) && articles.some((a) => a.regions.includes(id));
        if (!exists)
          report("broken-link", `"${url}"`, `a page for an id from the ${kind} in content/taxonomy.yaml`);
        continue;
      }
      if (!fixedPages.has(pagePath)) {
        report(
          "broken-link",
          `"${url}"`,
          "a page of this site (/articles/…, /licences/…, /topics/…, /regions/…)",
        );
      }
    }
  }
  return errors;
}

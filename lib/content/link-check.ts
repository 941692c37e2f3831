import { existsSync } from "node:fs";
import path from "node:path";
import type { AuthorError } from "./errors";
import type { ParsedFile } from "./parsed-file";
import { didYouMean } from "./suggest";

interface LinkContext {
  root: string;
  /** The address of every page the build will publish (the page model): a link is fine exactly when it names one. */
  published: readonly string[];
  /** The address of each parsed article, including articles that failed other checks. */
  urlOf: (slug: string) => string;
}

const folderOf = (url: string) => url.slice(0, url.lastIndexOf("/")) || "/";

/**
 * Check every site-internal link and image in article bodies: the page must be one the build publishes, and the
 * heading a `#anchor` names must exist. External links are left alone (the build has no network), apart from
 * being marked safe.
 */
export function checkLinks(
  files: readonly ParsedFile[],
  { root, published: urls, urlOf }: LinkContext,
): AuthorError[] {
  const published = new Set(urls);
  const anchorsByUrl = new Map<string, { slug: string; anchors: Set<string> }>();
  for (const file of files) {
    const url = urlOf(file.slug);
    published.add(url); // an article with other errors is reported there, not at every link to it
    anchorsByUrl.set(url, { slug: file.slug, anchors: new Set(file.body?.headings.map((h) => h.id)) });
  }
  const errors: AuthorError[] = [];

  for (const file of files) {
    for (const link of file.body?.links ?? []) {
      const report = (code: AuthorError["code"], found: string, expected: string, hint?: string) =>
        errors.push({
          code,
          file: file.file,
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
      const pagePath = pathPart === "" ? urlOf(file.slug) : decodeURI(pathPart.replace(/\/$/, "") || "/");

      if (link.kind === "image") {
        if (!existsSync(path.join(root, "public", pagePath))) {
          report("broken-link", `"${url}"`, "an image file under public/");
        }
        continue;
      }
      if (!published.has(pagePath)) {
        // Suggest the nearest address in the same folder: /licences/b99 → /licences/b11.
        const siblings = [...published].filter((page) => folderOf(page) === folderOf(pagePath));
        report(
          "broken-link",
          `"${url}"`,
          "the address of a page this site publishes",
          didYouMean(pagePath, siblings.length > 0 ? siblings : [...published]),
        );
        continue;
      }
      const target = anchorsByUrl.get(pagePath);
      if (anchor !== undefined && target && !target.anchors.has(anchor)) {
        report(
          "broken-anchor",
          `"#${anchor}" in ${url}`,
          `a heading anchor of "${target.slug}"`,
          didYouMean(anchor, [...target.anchors]),
        );
      }
    }
  }
  return errors;
}

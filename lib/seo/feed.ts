import type { Article } from "@/lib/content";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";
import { chinaDateTime, siteLanguage, siteName } from "./site";

/** Text escaped for XML character data and attribute values. */
const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/**
 * The Atom feed (RFC 4287) of the given articles, in the order given (most recently updated first), each with
 * its description and, when the article records them, its latest change.
 */
export function atomFeed(articles: Article[], { subtitle }: { subtitle: string }): string {
  const sorted = articles;
  const newest =
    articles
      .map((a) => a.updated)
      .sort()
      .at(-1) ?? "1970-01-01";
  const entry = (article: Article) => {
    const url = absoluteUrl(article.url);
    const latest = [...article.changes].sort((a, b) => b.date.localeCompare(a.date))[0];
    const summary = latest ? `${article.description}（最近更改：${latest.note}）` : article.description;
    return [
      "  <entry>",
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      ...(article.published ? [`    <published>${chinaDateTime(article.published)}</published>`] : []),
      `    <updated>${chinaDateTime(article.updated)}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${siteLanguage}">`,
    `  <id>${escapeXml(absoluteUrl(routes.home))}</id>`,
    `  <title>${escapeXml(siteName)}</title>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(routes.feed))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(routes.home))}"/>`,
    `  <updated>${chinaDateTime(newest)}</updated>`,
    `  <author><name>${escapeXml(siteName)}</name></author>`,
    ...sorted.map(entry),
    "</feed>",
    "",
  ].join("\n");
}

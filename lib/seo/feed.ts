import { type Article, latestChange, newestFirst } from "@/lib/content";
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

/** What a feed entry says of an article: its description and, when it records changes, the latest one. */
export function feedSummary(article: Pick<Article, "description" | "changes">): string {
  const latest = latestChange(article.changes);
  return latest ? `${article.description}（最近更改：${latest.note}）` : article.description;
}

/**
 * The Atom feed (RFC 4287) of the given articles, most recently updated first, each with its feed summary.
 */
export function atomFeed(articles: readonly Article[], { subtitle }: { subtitle: string }): string {
  const sorted = newestFirst(articles, (a) => a.updated);
  const newest = sorted[0]?.updated ?? "1970-01-01";
  const entry = (article: Article) => {
    const url = absoluteUrl(article.url);
    const summary = feedSummary(article);
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

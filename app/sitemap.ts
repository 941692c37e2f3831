import type { MetadataRoute } from "next";
import { type Article, getSite } from "@/lib/content";
import { fixedPages, routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

/** The newest `updated` among the articles a page lists: when that page last changed. */
const newest = (articles: Article[]) =>
  articles
    .map((a) => a.updated)
    .sort()
    .at(-1);

/** Every published page but search, with lastmod from the articles' `updated`. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const latest = newest(site.articles);
  const entry = (page: string, lastModified: string | undefined) => ({
    url: absoluteUrl(page),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    ...[...fixedPages].filter((page) => page !== routes.search()).map((page) => entry(page, latest)),
    ...site.taxonomy.data.licences.map((l) => entry(routes.licence(l.id), newest(site.byLicence(l.id)))),
    ...site.taxonomy.data.topics.map((t) => entry(routes.topic(t.id), newest(site.byTopic(t.id)))),
    ...site.regionsInUse().map((id) => entry(routes.region(id), newest(site.byRegion(id)))),
    ...site.articles.map((a) => entry(a.url, a.updated)),
  ];
}

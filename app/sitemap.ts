import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { fixedPages, routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const pages = [
    ...[...fixedPages].filter((page) => page !== routes.search()),
    ...site.taxonomy.data.licences.map((l) => routes.licence(l.id)),
    ...site.taxonomy.data.topics.map((t) => routes.topic(t.id)),
    ...site.regionsInUse().map((id) => routes.region(id)),
  ].map((page) => ({ url: `${siteUrl}${page}` }));
  const articles = site.articles.map((a) => ({ url: `${siteUrl}${a.url}`, lastModified: a.updated }));
  return [...pages, ...articles];
}

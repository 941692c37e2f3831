import type { MetadataRoute } from "next";
import { type Article, newestFirst } from "@/lib/content";
import type { SitePage } from "@/lib/pages";
import { getSite } from "@/lib/site";
import { absoluteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

/** The newest `updated` among the articles a page lists: when that page last changed. */
const newest = (articles: Article[]) => newestFirst(articles, (a) => a.updated)[0]?.updated;

/** Every published page but search, with lastmod from the articles' `updated`. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = getSite();
  const lastModified = (page: SitePage): string | undefined => {
    if (page.updated) return page.updated;
    if (page.kind === "licence") return newest(site.byLicence(page.id ?? ""));
    if (page.kind === "topic") return newest(site.byTopic(page.id ?? ""));
    if (page.kind === "region") return newest(site.byRegion(page.id ?? ""));
    return newest(site.articles);
  };
  return site.pages.pages
    .filter((page) => !page.unlisted)
    .map((page) => {
      const modified = lastModified(page);
      return { url: absoluteUrl(page.url), ...(modified ? { lastModified: modified } : {}) };
    });
}

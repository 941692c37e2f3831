import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return getSite()
    .pages.pages.filter((page) => !page.unlisted)
    .map((page) => ({
      url: `${siteUrl}${page.url}`,
      ...(page.updated ? { lastModified: page.updated } : {}),
    }));
}

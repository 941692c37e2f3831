import { atomFeed } from "@/lib/seo/feed";
import { siteDescription } from "@/lib/seo/site";
import { getSite } from "@/lib/site";

// Written once at build time: the static export serves it as a file.
export const dynamic = "force-static";

export function GET() {
  const site = getSite();
  return new Response(atomFeed(site.articles, { subtitle: siteDescription }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}

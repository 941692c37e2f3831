import { Suspense } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NavList } from "@/components/NavList";
import { SEARCH_PAGE_LIMIT } from "@/components/search/limits";
import { SearchResultsPage } from "@/components/search/SearchResultsPage";
import { isStaticExport } from "@/lib/build-mode";
import { licenceLabel } from "@/lib/content";
import { routes } from "@/lib/routes";
import { searchOnServer } from "@/lib/search/server";
import { pageMetadata } from "@/lib/seo/metadata";
import { getSite } from "@/lib/site";

export const metadata = pageMetadata({
  title: "搜索",
  description: "搜索许可证指南的全部文章。",
  path: routes.search(),
});

/** A static export has no server to search on: its /search page is one file that searches in the browser. */
const staticExport = isStaticExport();

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  // Under `next start` the results come in the HTML, so a shared link shows them before any script has run.
  const q = staticExport ? undefined : (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? "";
  const hits = query ? await searchOnServer(query, SEARCH_PAGE_LIMIT) : undefined;
  const initial = hits ? { query, hits } : undefined;
  const site = getSite();
  const suggestions = (
    <div className="search-suggestion-grid">
      <section aria-labelledby="suggest-guides">
        <h2 id="suggest-guides">常用指南</h2>
        {/* The guides most readers come for (content/featured.yaml). */}
        <NavList links={site.featured.searchFallback.map((a) => ({ href: a.url, label: a.title }))} />
      </section>
      <section aria-labelledby="suggest-licences">
        <h2 id="suggest-licences">按许可证类别</h2>
        <NavList
          className="inline-list"
          links={site.taxonomy.data.licences.map((licence) => ({
            href: routes.licence(licence.id),
            label: licenceLabel(licence, "short"),
          }))}
        />
      </section>
    </div>
  );
  return (
    <div className="listing">
      <Breadcrumbs trail={site.pages.breadcrumbs(routes.search())} />
      <h1>搜索</h1>
      <div className="search-page-slot">
        {staticExport ? (
          // The export's one /search file cannot know the query: the list renders in the browser, which reads it.
          <Suspense fallback={<p>正在载入搜索…</p>}>
            <SearchResultsPage suggestions={suggestions} />
          </Suspense>
        ) : (
          <SearchResultsPage suggestions={suggestions} initial={initial} />
        )}
      </div>
    </div>
  );
}

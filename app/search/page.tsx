import { Suspense } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SiteLink } from "@/components/SiteLink";
import { SEARCH_PAGE_LIMIT } from "@/components/search/limits";
import { SearchResultsPage } from "@/components/search/SearchResultsPage";
import { isStaticExport } from "@/lib/build-mode";
import { getSite } from "@/lib/content";
import { routes } from "@/lib/routes";
import { searchOnServer } from "@/lib/search/server";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({
  title: "搜索",
  description: "搜索许可证指南的全部文章。",
  path: routes.search(),
});

/** The guides most readers come for, offered when a search finds nothing. */
const mainGuides = ["value-added-licence-renewal", "annual-report-guide", "licence-change-guide"];

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
  const guides = mainGuides.map((slug) => site.article(slug)).filter((a) => a !== undefined);
  const suggestions = (
    <div className="search-suggestion-grid">
      <section aria-labelledby="suggest-guides">
        <h2 id="suggest-guides">常用指南</h2>
        <ul>
          {guides.map((article) => (
            <li key={article.slug}>
              <SiteLink href={article.url}>{article.title}</SiteLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="suggest-licences">
        <h2 id="suggest-licences">按许可证类别</h2>
        <ul className="inline-list">
          {site.taxonomy.data.licences.map((licence) => (
            <li key={licence.id}>
              <SiteLink href={routes.licence(licence.id)}>
                {/^B\d\d$/.test(licence.code) ? `${licence.short}（${licence.code}）` : licence.name}
              </SiteLink>
            </li>
          ))}
        </ul>
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

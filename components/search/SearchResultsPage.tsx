"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { routes } from "@/lib/routes";
import { SiteLink } from "../SiteLink";
import { SEARCH_PAGE_LIMIT } from "./limits";
import { Snippet } from "./Snippet";
import { SubResults } from "./SubResults";
import { type InitialResults, resultAnnouncement, useSearch } from "./useSearch";

/**
 * The /search?q= page: the same engine and ranking as the search box, as a list that can be shared as a link.
 * `initial` holds the results the server found for the address's query (none in a static export); `suggestions`
 * is shown when nothing matches.
 */
export function SearchResultsPage({
  suggestions,
  initial,
}: {
  suggestions: ReactNode;
  initial?: InitialResults;
}) {
  const params = useSearchParams();
  const router = useRouter();
  const urlQuery = params.get("q") ?? "";
  const [query, setQuery] = useState(urlQuery);
  useEffect(() => setQuery(urlQuery), [urlQuery]);
  const state = useSearch(urlQuery, { debounceMs: 0, limit: SEARCH_PAGE_LIMIT, initial });

  return (
    <div className="search-page">
      <search aria-label="搜索页">
        <form
          action={routes.search()}
          method="get"
          className="search-page-form"
          onSubmit={(event) => {
            event.preventDefault();
            router.push(routes.search(query.trim()));
          }}
        >
          <label htmlFor="search-page-input">搜索问题或关键词</label>
          <div className="search-page-row">
            <input
              id="search-page-input"
              name="q"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              enterKeyHint="search"
              autoComplete="off"
            />
            <button type="submit" className="button">
              搜索
            </button>
          </div>
        </form>
      </search>

      <p role="status" className="search-page-status">
        {state.status === "loading" ? "正在搜索…" : resultAnnouncement(state)}
      </p>

      {state.status === "done" && state.hits.length > 0 ? (
        <ol className="search-results">
          {state.hits.map((hit) => (
            <li key={hit.url} className="search-result">
              <h2 className="search-result-title">
                <SiteLink href={hit.url}>{hit.title}</SiteLink>
              </h2>
              {hit.licence ? <p className="search-result-licence">{hit.licence}</p> : null}
              <p className="search-result-snippet">
                <Snippet parts={hit.snippet} />
              </p>
              <SubResults hit={hit} />
            </li>
          ))}
        </ol>
      ) : null}

      {(state.status === "done" && state.hits.length === 0) || state.status === "idle" ? (
        <div className="search-suggestions">
          {state.status === "done" ? (
            <p>
              没有找到与“{state.query}”相关的文章。换个说法试试，例如用“年报”代替“年检”，或从下面的入口浏览。
            </p>
          ) : null}
          {suggestions}
        </div>
      ) : null}
    </div>
  );
}

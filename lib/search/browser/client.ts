import { SearchEngine } from "./engine";

/** Where the build puts the index files (public/search-index → /search-index/… in the static export). */
export const INDEX_BASE = "/search-index";

let engine: SearchEngine | undefined;

/** The browser's one search engine; it fetches index files only when the first query needs them. */
export function getSearchEngine(): SearchEngine {
  engine ??= new SearchEngine(async (name) => {
    const response = await fetch(`${INDEX_BASE}/${name}`);
    if (!response.ok) throw new Error(`search index file ${name}: HTTP ${response.status}`);
    return response.text();
  });
  return engine;
}

export type { SearchHit, SearchSubHit } from "./engine";

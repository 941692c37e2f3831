/**
 * Search run by `next start` for /search?q=: the same engine and index files as the browser, read from disk, so a
 * shared results link arrives with its results in the HTML and a phone runs no search code to show them. A static
 * export has no server; there the page searches in the browser (components/search/SearchResultsPage.tsx).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { INDEX_BASE } from "./browser/client";
import { SearchEngine, type SearchHit } from "./browser/engine";

let engine: SearchEngine | undefined;

function serverEngine(): SearchEngine {
  if (!engine) {
    const dir = path.join(process.cwd(), "public", INDEX_BASE);
    engine = new SearchEngine((name) => readFile(path.join(dir, name), "utf8"));
  }
  return engine;
}

/**
 * The hits for a query, or undefined when the index cannot be read: the page then searches in the browser as an
 * export does, and the reason is logged for the operator.
 */
export async function searchOnServer(query: string, limit: number): Promise<SearchHit[] | undefined> {
  try {
    return await serverEngine().search(query, limit);
  } catch (error) {
    console.error(`search on the server failed for "${query}"; the browser will search instead:`, error);
    return undefined;
  }
}

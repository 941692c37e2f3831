/**
 * Search run by `next start` for /search?q=: the same engine and index files as the browser, read from disk, so a
 * shared results link arrives with its results in the HTML and a phone runs no search code to show them. A static
 * export has no server; there the page searches in the browser (components/search/SearchResultsPage.tsx).
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { INDEX_BASE } from "./browser/client";
import { SearchEngine, type SearchHit } from "./browser/engine";
import { MANIFEST_FILE } from "./shared/format";

const dir = () => path.join(process.cwd(), "public", INDEX_BASE);
let engine: { search: SearchEngine; manifestTime: number } | undefined;

/**
 * One engine, kept with its files cached. Under `npm run dev` the content watcher rewrites the index on every saved
 * edit, so there the engine is made again when the manifest changes (a new heading is found without a restart);
 * a production server's index never changes.
 */
async function serverEngine(): Promise<SearchEngine> {
  const manifestTime =
    process.env.NODE_ENV === "development" ? (await stat(path.join(dir(), MANIFEST_FILE))).mtimeMs : 0;
  if (!engine || engine.manifestTime !== manifestTime) {
    const files = dir();
    engine = { search: new SearchEngine((name) => readFile(path.join(files, name), "utf8")), manifestTime };
  }
  return engine.search;
}

/**
 * The hits for a query, or undefined when the index cannot be read: the page then searches in the browser as an
 * export does, and the reason is logged for the operator.
 */
export async function searchOnServer(query: string, limit: number): Promise<SearchHit[] | undefined> {
  try {
    return await (await serverEngine()).search(query, limit);
  } catch (error) {
    console.error(`search on the server failed for "${query}"; the browser will search instead:`, error);
    return undefined;
  }
}

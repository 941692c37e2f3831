import { loadContent } from "@/lib/content/load";
import { buildSearchIndex } from "@/lib/search/build";
import { toSearchDocument } from "@/lib/search/documents";
import { SearchEngine } from "@/lib/search/engine";
import { loadSynonymGroups } from "@/lib/search/synonyms";

/** A search engine over the real content/, built in memory exactly as the build writes it to disk. */
export function engineForContent(): SearchEngine {
  const root = process.cwd();
  const { articles, taxonomy } = loadContent({ root });
  const files = buildSearchIndex(
    articles.map((article) => toSearchDocument(article, taxonomy)),
    { synonyms: loadSynonymGroups(root, taxonomy.data) },
  );
  return new SearchEngine(async (name) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    return text;
  });
}

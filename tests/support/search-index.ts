import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { buildContentSearchIndex } from "@/lib/search/documents";
import { SearchEngine } from "@/lib/search/engine";

/** A search engine over the real content/, built in memory exactly as the build writes it to disk. */
export function engineForContent(): SearchEngine {
  const tree = loadContent({ root: process.cwd() });
  if (tree.errors.length > 0) throw new ContentError(tree.errors);
  const files = buildContentSearchIndex(tree);
  return new SearchEngine(async (name) => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    return text;
  });
}

import { ContentError } from "@/lib/content/errors";
import { type EngineOptions, SearchEngine } from "@/lib/search/browser/engine";
import type { BuildOptions } from "@/lib/search/build/build";
import { searchIndexOf } from "@/lib/search/build/documents";
import type { IndexFiles } from "@/lib/search/shared/format";
import { runSitePass } from "@/lib/site/pass";

/** The search index of a project's content/ as the build writes it: the whole content pass, then the index. */
export function buildContentSearchIndex(
  root: string,
  options: Partial<BuildOptions> = {},
): { files: IndexFiles; articleCount: number } {
  const pass = runSitePass({ root });
  if (pass.errors.length > 0) throw new ContentError(pass.errors);
  return { files: searchIndexOf(pass, options), articleCount: pass.articles.length };
}

/** An engine over index files held in memory; `fetched` lists every file it asked for, in order. */
export function engineForFiles(files: IndexFiles, options?: EngineOptions) {
  const fetched: string[] = [];
  const engine = new SearchEngine(async (name) => {
    fetched.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    return text;
  }, options);
  return { engine, fetched };
}

/** A search engine over the real content/, built in memory exactly as the build writes it to disk. */
export function engineForContent(build?: Partial<BuildOptions>, options?: EngineOptions): SearchEngine {
  const { files } = buildContentSearchIndex(process.cwd(), build);
  return engineForFiles(files, options).engine;
}

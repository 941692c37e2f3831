import { buildSitePages } from "../pages";
import { routes } from "../routes";
import type { Article, ContentTree } from "./article";
import { articleChecks, type CheckContext } from "./checks";
import { loadDataFile } from "./data-file";
import { seedQuestionsSchema, synonymsSchema } from "./data-schemas";
import { type AuthorError, sortErrors } from "./errors";
import { checkLinks } from "./link-check";
import { parseArticle } from "./parse-article";
import type { ParsedFile } from "./parsed-file";
import { discoverArticles, readSource } from "./sources";
import { type ContentStore, readStore, writeStore } from "./store";
import { loadTaxonomy } from "./taxonomy";

export type { Article, ContentTree } from "./article";

export interface LoadOptions {
  /** The project root; content/ and public/ are read under it. */
  root: string;
  /**
   * The content store (lib/content/store.ts): "off" parses every file (tests on throwaway folders), "read"
   * re-uses stored entries (`npm run check`), "write" re-uses them and saves the result (the build).
   */
  store?: "off" | "read" | "write";
}

/** Parse each article file, or take its entry from the store when its bytes and the pipeline are unchanged. */
function parseFiles(root: string, store: ContentStore | undefined) {
  const next: ContentStore["files"] = {};
  let parsed = 0;
  const files = discoverArticles(root).map((source) => {
    const { bytes, hash } = readSource(source.absolute);
    const stored = store?.files[source.file];
    const fresh = stored?.hash !== hash;
    if (fresh) parsed++;
    const entry = stored && !fresh ? stored.parsed : parseArticle(source, bytes);
    next[source.file] = { hash, parsed: entry };
    return entry;
  });
  return { files, entries: next, parsed };
}

/** Two files with one slug would publish at one address: the later one is reported and left out. */
function dropDuplicateSlugs(files: ParsedFile[], errors: AuthorError[]): ParsedFile[] {
  const first = new Map<string, string>();
  return files.filter(({ slug, file }) => {
    const taken = first.get(slug);
    if (taken === undefined) {
      first.set(slug, file);
      return true;
    }
    errors.push({
      code: "duplicate-slug",
      file,
      line: 1,
      field: "(file name)",
      found: `the slug "${slug}", already used by ${taken}`,
      expected: "a file name no other article uses",
    });
    return false;
  });
}

function toArticle({ front, slug, file, body }: ParsedFile): Article | undefined {
  if (!front || !body) return undefined;
  return { ...front, regions: front.regions ?? [], slug, file, url: routes.article(slug), ...body };
}

/**
 * The content pass: read content/ once and return the taxonomy, every article and every author error. Never
 * throws on bad content; only articles without errors are meant to be published.
 *   taxonomy and data files → article files (parsed, or re-used from the store) → duplicate slugs →
 *   per-article checks → links against the page model → articles without errors
 */
export function loadContent({ root, store = "off" }: LoadOptions): ContentTree {
  const { taxonomy, errors } = loadTaxonomy(root);
  // A broken taxonomy would make every id in every article look unknown: report the taxonomy alone.
  const taxonomyUsable = errors.length === 0;
  const synonyms = loadDataFile(root, "content/synonyms.yaml", synonymsSchema, {
    code: "invalid-data-file",
    required: false,
    what: "search synonym groups",
  });
  const seed = loadDataFile(root, "content/seed-questions.yaml", seedQuestionsSchema, {
    code: "invalid-data-file",
    required: false,
    what: "the seed questions",
  });
  errors.push(...synonyms.errors, ...seed.errors);

  const previous = store === "off" ? undefined : readStore(root);
  const { files: all, entries, parsed } = parseFiles(root, previous);
  if (
    store === "write" &&
    (parsed > 0 || Object.keys(entries).length !== Object.keys(previous?.files ?? {}).length)
  )
    writeStore(root, { version: previous?.version ?? "", files: entries });

  const files = dropDuplicateSlugs(all, errors);
  const context: CheckContext = {
    taxonomy: taxonomyUsable ? taxonomy : undefined,
    slugs: new Set(files.map((f) => f.slug)),
  };
  for (const file of files) {
    const problems = [...file.problems, ...articleChecks.flatMap((check) => check.run(file, context))];
    errors.push(...problems.map((problem) => ({ file: file.file, ...problem })));
  }
  const candidates = files.map(toArticle).filter((a): a is Article => a !== undefined);
  const pages = buildSitePages(candidates, taxonomy);
  errors.push(...checkLinks(files, { root, pages, urlOf: (slug) => routes.article(slug) }));

  const failed = new Set(errors.map((error) => error.file));
  return {
    articles: candidates.filter((article) => !failed.has(article.file)),
    taxonomy,
    synonyms: synonyms.data?.groups ?? [],
    errors: sortErrors(errors),
    stats: { parsed, reused: all.length - parsed },
  };
}

import { buildSitePages } from "../pages";
import { routes } from "../routes";
import { readRuleValues } from "../rules/values";
import type { Article, ContentTree } from "./article";
import { type ArticleCheck, articleChecks, articleWarningChecks, type CheckContext } from "./checks";
import { loadDataFile } from "./data-file";
import { seedQuestionsSchema, synonymsSchema } from "./data-schemas";
import { type AuthorError, sortErrors } from "./errors";
import { checkLinks } from "./link-check";
import { findNearCopies } from "./near-copies";
import { parseArticle } from "./parse-article";
import { lineOf, type ParsedFile } from "./parsed-file";
import { checkRedirects } from "./redirects";
import { writeSnapshot } from "./snapshot";
import { discoverArticles, readSource } from "./sources";
import { type ContentStore, readStore, writeStore } from "./store";
import { loadTaxonomy } from "./taxonomy-file";

export type { Article, ContentTree } from "./article";

export interface LoadOptions {
  /** The project root; content/ and public/ are read under it. */
  root: string;
  /**
   * The content store (lib/content/store.ts): "off" parses every file (tests on throwaway folders), "read"
   * re-uses stored entries (`npm run check`), "write" re-uses them and saves the result and, for content
   * without errors, the snapshot the pages read (the build).
   */
  store?: "off" | "read" | "write";
}

/**
 * Parse each article file, or take its entry from the store when its bytes and the pipeline are unchanged; with
 * "write", save the store when anything changed.
 */
function readArticleFiles(root: string, mode: NonNullable<LoadOptions["store"]>) {
  const store = mode === "off" ? undefined : readStore(root);
  const next: ContentStore["files"] = {};
  const hashes: Record<string, string> = {};
  const ruleValues = readRuleValues(root);
  let parsed = 0;
  const files = discoverArticles(root).map((source) => {
    const { bytes, hash } = readSource(source.absolute);
    const stored = store?.files[source.file];
    const fresh = stored?.hash !== hash;
    if (fresh) parsed++;
    const entry = stored && !fresh ? stored.parsed : parseArticle(source, bytes, ruleValues);
    next[source.file] = { hash, parsed: entry };
    hashes[source.file] = hash;
    return entry;
  });
  const changed = parsed > 0 || files.length !== Object.keys(store?.files ?? {}).length;
  if (mode === "write" && store && changed) writeStore(root, { version: store.version, files: next });
  return { files, hashes, stats: { parsed, reused: files.length - parsed } };
}

/** The search data files: synonym groups and the seed questions, checked like everything else. */
function loadSearchData(root: string) {
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
  return { synonyms: synonyms.data?.groups ?? [], errors: [...synonyms.errors, ...seed.errors] };
}

/** Named per-article checks over every file (with each file's own parse problems when they are errors). */
function runChecks(
  files: readonly ParsedFile[],
  checks: readonly ArticleCheck[],
  context: CheckContext,
  withParseProblems: boolean,
): AuthorError[] {
  return files.flatMap((file) =>
    [...(withParseProblems ? file.problems : []), ...checks.flatMap((check) => check.run(file, context))].map(
      (problem) => ({ file: file.file, ...problem }),
    ),
  );
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

/** What the redirect check needs: each article's old slugs, with their front matter lines. */
function redirecting(files: readonly ParsedFile[]) {
  return files.flatMap((parsed) =>
    parsed.front
      ? [
          {
            slug: parsed.slug,
            file: parsed.file,
            redirectFrom: parsed.front.redirectFrom,
            lineOf: (field: readonly (string | number)[]) => lineOf(parsed, `${field[0]}[${field[1]}]`),
          },
        ]
      : [],
  );
}

function toArticle({ front, slug, file, body }: ParsedFile): Article | undefined {
  if (!front || !body) return undefined;
  // The paragraphs with their lines serve the checks across articles; pages never read them.
  const { paragraphs: _, ...published } = body;
  return { ...front, regions: front.regions ?? [], slug, file, url: routes.article(slug), ...published };
}

/**
 * The content pass: read content/ once and return the taxonomy, every article, every author error and every
 * warning. Never throws on bad content; only articles without errors are meant to be published.
 *   taxonomy and data files → article files (parsed, or re-used from the store) → duplicate slugs →
 *   per-article checks → links against the page model → articles without errors;
 *   warnings: per-article warning checks, near-copy sentences across articles
 */
export function loadContent({ root, store = "off" }: LoadOptions): ContentTree {
  const { taxonomy, errors } = loadTaxonomy(root);
  // A broken taxonomy would make every id in every article look unknown: report the taxonomy alone.
  const taxonomyUsable = errors.length === 0;
  const search = loadSearchData(root);
  errors.push(...search.errors);

  const { files: all, hashes, stats } = readArticleFiles(root, store);
  const files = dropDuplicateSlugs(all, errors);
  const slugs = new Set(files.map((file) => file.slug));
  const context = { taxonomy: taxonomyUsable ? taxonomy : undefined, slugs };
  errors.push(...runChecks(files, articleChecks, context, true));
  const warnings = [
    ...runChecks(files, articleWarningChecks, context, false),
    ...findNearCopies(
      files.flatMap((f) => (f.body ? [{ file: f.file, slug: f.slug, paragraphs: f.body.paragraphs }] : [])),
    ),
  ];
  errors.push(...checkRedirects(redirecting(files), new Map(files.map((f) => [f.slug, f.file]))));

  const candidates = files.map(toArticle).filter((article): article is Article => article !== undefined);
  const pages = buildSitePages(candidates, taxonomy);
  errors.push(...checkLinks(files, { root, pages, urlOf: (slug) => routes.article(slug) }));

  const failed = new Set(errors.map((error) => error.file));
  const articles = candidates.filter((article) => !failed.has(article.file));
  // The pages read this snapshot; it is written only for content without errors.
  if (store === "write" && errors.length === 0)
    writeSnapshot(root, { hashes, articles, taxonomy: taxonomy.data });
  return {
    articles,
    taxonomy,
    synonyms: search.synonyms,
    errors: sortErrors(errors),
    warnings: sortErrors(warnings),
    stats,
  };
}

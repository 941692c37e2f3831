import { routes } from "../routes";
import type { Article } from "./article";
import { type ArticleCheck, articleChecks, articleWarningChecks, type CheckContext } from "./checks";
import { loadDataFile } from "./data-file";
import { seedQuestionsSchema, synonymsSchema } from "./data-schemas";
import type { AuthorError } from "./errors";
import { findNearCopies } from "./near-copies";
import { parseArticle } from "./parse-article";
import { lineOf, type ParsedFile } from "./parsed-file";
import { checkRedirects } from "./redirects";
import type { RuleValues } from "./rule-placeholders";
import { discoverArticles, readSource } from "./sources";
import { type ContentStore, readStore, writeStore } from "./store";
import { unusedSynonymGroups } from "./synonym-usage";
import type { TaxonomyIndex } from "./taxonomy";
import { loadTaxonomy } from "./taxonomy-file";

export type { Article, ContentTree } from "./article";

export interface LoadOptions {
  /** The project root; content/ and public/ are read under it. */
  root: string;
  /**
   * The content store (lib/content/store.ts): "off" parses every file (tests on throwaway folders), "read"
   * re-uses stored entries (`npm run check`), "write" re-uses them and saves the result (the build, the dev server).
   */
  store?: "off" | "read" | "write";
  /** The values bodies may name as {{rules.<name>}} (from content/rules.yaml); none: placeholders stay as written. */
  ruleValues?: RuleValues;
}

/** The articles of content/ and what a file on its own or the articles together can show wrong about them. */
export interface LoadedContent {
  taxonomy: TaxonomyIndex;
  /** Search synonym groups from content/synonyms.yaml (empty when the file is absent). */
  synonyms: string[][];
  /** Every article file with a slug of its own, as parsed (or taken from the store). */
  files: ParsedFile[];
  /** Every file that parsed into an article, errors or not: later checks (links, rule data) see them all. */
  articles: Article[];
  /** The content hash of every article file read, by file. */
  hashes: Record<string, string>;
  errors: AuthorError[];
  /** What is worth a look but publishes all the same (a synonym group no article uses). */
  warnings: AuthorError[];
  /** How many article files were parsed in this pass and how many were taken from the store unchanged. */
  stats: { parsed: number; reused: number };
}

/**
 * Parse each article file, or take its entry from the store when its bytes and the pipeline are unchanged; with
 * "write", save the store when anything changed.
 */
function readArticleFiles(
  root: string,
  mode: NonNullable<LoadOptions["store"]>,
  ruleValues: RuleValues | undefined,
) {
  const store = mode === "off" ? undefined : readStore(root);
  const next: ContentStore["files"] = {};
  const hashes: Record<string, string> = {};
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
  return {
    synonyms: synonyms.data?.groups ?? [],
    synonymLines: synonyms.lineOf,
    errors: [...synonyms.errors, ...seed.errors],
  };
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
 * Read content/ once: the taxonomy, the data files and every article file, with every problem a file shows on its
 * own or beside the other articles (duplicate slugs, per-article checks, redirects). Never throws on bad content.
 * Links are checked later, against the page model (lib/site/pass.ts), which is built from what this returns.
 *   taxonomy and data files → article files (parsed, or re-used from the store) → duplicate slugs →
 *   per-article checks → redirects; warnings: per-article warning checks, near-copy sentences across articles,
 *   synonym groups no article uses
 */
export function loadContent({ root, store = "off", ruleValues }: LoadOptions): LoadedContent {
  const { taxonomy, errors } = loadTaxonomy(root);
  // A broken taxonomy would make every id in every article look unknown: report the taxonomy alone.
  const taxonomyUsable = errors.length === 0;
  const search = loadSearchData(root);
  errors.push(...search.errors);

  const { files: all, hashes, stats } = readArticleFiles(root, store, ruleValues);
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

  const articles = files.map(toArticle).filter((article): article is Article => article !== undefined);
  if (search.synonymLines)
    warnings.push(...unusedSynonymGroups(search.synonyms, search.synonymLines, articles));
  return { taxonomy, synonyms: search.synonyms, files, articles, hashes, errors, warnings, stats };
}

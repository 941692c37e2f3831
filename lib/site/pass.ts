import type { ContentTree } from "../content/article";
import { type AuthorError, sortErrors } from "../content/errors";
import { type FeaturedSlugs, loadFeatured } from "../content/featured";
import { staleFactChecks } from "../content/freshness";
import { checkLinks } from "../content/link-check";
import { type LoadOptions, loadContent } from "../content/load";
import { buildSitePages } from "../pages";
import { routes } from "../routes";
import { hasRuleData, loadRuleData, ruleDataContext } from "../rules/load";
import type { Finder, Rules } from "../rules/schema";
import { readRuleValues } from "../rules/values";
import { writeProblems, writeSnapshot } from "./snapshot";

export interface SitePassOptions {
  root: string;
  /** The content store: "off" (throwaway trees), "read" (`npm run check`), "write" (build and dev server). */
  store?: LoadOptions["store"];
  /** The day fact checks are aged against. */
  today?: Date;
  /** How old a fact check may get before it is warned about (FACT_CHECK_MAX_AGE_MONTHS, read by the caller). */
  maxAgeMonths?: number;
}

/** Everything the content pass found: the published content, the checked site data, every problem. */
export interface SitePass extends ContentTree {
  rules?: Rules;
  finder?: Finder;
  featured?: FeaturedSlugs;
  /** Problems that stop a build: the content is not published while one stands. */
  errors: AuthorError[];
  /** Problems worth an editor's look that do not stop a build (an old fact check). */
  warnings: AuthorError[];
  stats: { parsed: number; reused: number };
}

/**
 * The content pass: content/ read once and every check run, in this order:
 *   rule values → articles and data files (lib/content) → the page model → links against it →
 *   rule data and featured articles against the articles → warnings
 * With store "write" it saves the content store, the problems it found and, when there is no error, the snapshot
 * the pages read (lib/site/snapshot.ts). Never throws on bad content; errors come back as data.
 */
export function runSitePass({
  root,
  store = "off",
  today = new Date(),
  maxAgeMonths = 12,
}: SitePassOptions): SitePass {
  const content = loadContent({ root, store, ruleValues: readRuleValues(root) });
  const { taxonomy, files } = content;
  const errors = [...content.errors];

  const pages = buildSitePages(content.articles, taxonomy);
  errors.push(...checkLinks(files, { root, published: pages.map((p) => p.url), urlOf: routes.article }));

  // The data files name articles and anchors. They are checked against every article file, whatever its own errors:
  // those are reported in the file itself, not a second time at every place that names it.
  let rules: Rules | undefined;
  let finder: Finder | undefined;
  let featured: FeaturedSlugs | undefined;
  // A tree of articles alone (a test fixture) has no site data; a tree with any of it must have all of it.
  if (hasRuleData(root)) {
    const licenceIds = taxonomy.data.licences.map((licence) => licence.id);
    const named = files.map((file) => ({
      slug: file.slug,
      headings: file.body?.headings ?? [],
      redirectFrom: file.front?.redirectFrom ?? [],
    }));
    const ruleData = loadRuleData(root, ruleDataContext(named, licenceIds));
    const featuredData = loadFeatured(root, named);
    ({ rules, finder } = ruleData);
    featured = featuredData.featured;
    errors.push(...ruleData.errors, ...featuredData.errors);
  }
  const failed = new Set(errors.map((error) => error.file));
  const articles = content.articles.filter((article) => !failed.has(article.file));

  // Warnings by file and line; stale fact checks after them, oldest first (the order to re-check them in).
  const warnings = [...sortErrors(content.warnings), ...staleFactChecks(files, { today, maxAgeMonths })];
  const pass: SitePass = {
    articles,
    taxonomy,
    synonyms: content.synonyms,
    rules,
    finder,
    featured,
    errors: sortErrors(errors),
    warnings,
    stats: content.stats,
  };
  if (store === "write") {
    writeProblems(root, { errors: pass.errors, warnings });
    if (errors.length === 0) {
      writeSnapshot(root, {
        hashes: content.hashes,
        articles,
        taxonomy: taxonomy.data,
        synonyms: content.synonyms,
        rules,
        finder,
        featured,
      });
    }
  }
  return pass;
}

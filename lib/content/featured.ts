import { z } from "zod";
import { loadDataFile } from "./data-file";
import { type AuthorError, quote } from "./errors";
import type { FieldPath } from "./front-matter";
import { slugPattern } from "./schema";
import { didYouMean } from "./suggest";

export const featuredFile = "content/featured.yaml";

const slug = z
  .string({ error: "the slug of an article" })
  .regex(slugPattern, { error: "the slug of an article" });

/**
 * content/featured.yaml: the articles that pages name on purpose. Slugs live here, not in page code, so that renaming
 * an article fails `npm run check` at the place that features it instead of silently dropping the link.
 */
export const featuredSchema = z.strictObject({
  /** The guide the home page leads with; also the first link of the 404 page. */
  home: slug,
  /** The guides /search offers when a query finds nothing. */
  searchFallback: z.array(slug, { error: "a list of article slugs" }).min(1, { error: "at least one slug" }),
  /** The page on how the site cites, linked from every article's sources. */
  citationNotes: slug,
});

export type FeaturedSlugs = z.infer<typeof featuredSchema>;

/** Where each entry shows, in the words an error message uses. */
const placeOf: Record<keyof FeaturedSlugs, string> = {
  home: "the home page and the 404 page feature it",
  searchFallback: "/search offers it when nothing is found",
  citationNotes: "every article's sources link to it",
};

/** What the check knows of the articles: their slugs and the old slugs they answer for. */
export interface FeaturableArticle {
  slug: string;
  redirectFrom: readonly string[];
}

/**
 * Read content/featured.yaml and check that every slug is a published article. A slug an article now lists in
 * redirectFrom (it was renamed) is reported with its new name.
 */
export function loadFeatured(
  root: string,
  articles: readonly FeaturableArticle[],
): { featured?: FeaturedSlugs; errors: AuthorError[] } {
  const loaded = loadDataFile(root, featuredFile, featuredSchema, {
    required: true,
    what: "the articles pages feature (content/featured.yaml)",
  });
  const { data, lineOf } = loaded;
  if (!data || !lineOf) return { errors: loaded.errors };
  const slugs = articles.map((a) => a.slug);
  const errors: AuthorError[] = [];
  const check = (field: keyof FeaturedSlugs, path: FieldPath, value: string) => {
    if (slugs.includes(value)) return;
    const renamed = articles.find((a) => a.redirectFrom.includes(value));
    errors.push({
      code: "unknown-featured",
      file: featuredFile,
      line: lineOf(path),
      field: path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(""),
      found: quote(value),
      expected: `the slug of a published article (${placeOf[field]})`,
      hint: renamed
        ? `renamed to "${renamed.slug}", which lists "${value}" in redirectFrom`
        : didYouMean(value, slugs),
    });
  };
  check("home", ["home"], data.home);
  data.searchFallback.forEach((value, index) => {
    check("searchFallback", ["searchFallback", index], value);
  });
  check("citationNotes", ["citationNotes"], data.citationNotes);
  return { featured: errors.length === 0 ? data : undefined, errors };
}

import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { loadDataFile } from "../content/data-file";
import { type AuthorError, quote } from "../content/errors";
import type { FieldPath } from "../content/front-matter";
import { didYouMean } from "../content/suggest";
import { fieldName } from "../content/zod-issues";
import { type Finder, finderSchema, type Rules, rulesSchema } from "./schema";

export const rulesFile = "content/rules.yaml";
export const finderFile = "content/licence-finder.yaml";

/** What the data may refer to: ids from the taxonomy, slugs of articles (and their heading anchors). */
export interface RuleDataContext {
  licenceIds: readonly string[];
  articleSlugs: readonly string[];
  /** Heading anchors of each article, for links to a guide's questions. */
  anchorsOf(slug: string): readonly string[];
}

export interface RuleData {
  rules?: Rules;
  finder?: Finder;
  errors: AuthorError[];
}

/** Read one YAML data file and check it against its schema; every problem becomes an author error. */
function readData<T>(root: string, file: string, schema: z.ZodType<T>, errors: AuthorError[]) {
  const loaded = loadDataFile(root, file, schema, { required: true, what: `the data file ${file}` });
  errors.push(...loaded.errors);
  return loaded.data !== undefined && loaded.lineOf
    ? { data: loaded.data, lineOf: loaded.lineOf }
    : undefined;
}

/** The one way to say what the rule data may refer to: the taxonomy's licences, the articles and their anchors. */
export function ruleDataContext(
  articles: readonly { slug: string; headings: readonly { id: string }[] }[],
  licenceIds: readonly string[],
): RuleDataContext {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return {
    licenceIds,
    articleSlugs: [...bySlug.keys()],
    anchorsOf: (slug) => bySlug.get(slug)?.headings.map((heading) => heading.id) ?? [],
  };
}

/** True when the content tree has rule data at all (a tree of articles alone, e.g. a test fixture, has none). */
export function hasRuleData(root: string): boolean {
  return existsSync(path.join(root, rulesFile)) || existsSync(path.join(root, finderFile));
}

/**
 * Load content/rules.yaml and content/licence-finder.yaml, check them against their schemas, the taxonomy and
 * the articles, and report every problem with file, line and field, the way article errors read.
 */
export function loadRuleData(root: string, context: RuleDataContext): RuleData {
  const errors: AuthorError[] = [];
  const rules = readData(root, rulesFile, rulesSchema, errors);
  const finder = readData(root, finderFile, finderSchema, errors);

  const checkRef = (
    file: string,
    lineOf: (path: FieldPath) => number,
    fieldPath: FieldPath,
    value: string,
    kind: "licence" | "article",
  ) => {
    const known = kind === "licence" ? context.licenceIds : context.articleSlugs;
    if (known.includes(value)) return;
    errors.push({
      code: kind === "licence" ? "unknown-taxonomy" : "unknown-related",
      file,
      line: lineOf(fieldPath),
      field: fieldName(fieldPath),
      found: quote(value),
      expected: kind === "licence" ? "a licence id from content/taxonomy.yaml" : "the slug of an article",
      hint: didYouMean(value, known),
    });
  };

  if (rules) {
    const { data, lineOf } = rules;
    data.licences.forEach((id, i) => {
      checkRef(rulesFile, lineOf, ["licences", i], id, "licence");
    });
    data.showOn.forEach((slug, i) => {
      checkRef(rulesFile, lineOf, ["showOn", i], slug, "article");
    });
    checkRef(rulesFile, lineOf, ["guide"], data.guide, "article");
    for (const kind of ["insideWindow", "expired"] as const) {
      const anchor = data.warnings[kind].faq;
      const anchors = context.anchorsOf(data.guide);
      if (!context.articleSlugs.includes(data.guide) || anchors.includes(anchor)) continue;
      errors.push({
        code: "broken-anchor",
        file: rulesFile,
        line: lineOf(["warnings", kind, "faq"]),
        field: `warnings.${kind}.faq`,
        found: quote(anchor),
        expected: `a heading anchor of "${data.guide}"`,
        hint: didYouMean(anchor, anchors),
      });
    }
  }
  if (finder) {
    const { data, lineOf } = finder;
    data.activities.forEach((activity, i) => {
      activity.licences.forEach((id, j) => {
        checkRef(finderFile, lineOf, ["activities", i, "licences", j], id, "licence");
      });
      activity.articles.forEach((slug, j) => {
        checkRef(finderFile, lineOf, ["activities", i, "articles", j], slug, "article");
      });
    });
    for (const list of ["activities", "scopes", "foreign"] as const) {
      const seen = new Set<string>();
      data[list].forEach((item, i) => {
        if (seen.has(item.id))
          errors.push({
            code: "invalid-field",
            file: finderFile,
            line: lineOf([list, i, "id"]),
            field: `${list}[${i}].id`,
            found: quote(item.id),
            expected: "an id used once in its list",
          });
        seen.add(item.id);
      });
    }
  }
  return { rules: rules?.data, finder: finder?.data, errors };
}

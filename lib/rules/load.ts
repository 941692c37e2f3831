import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { type AuthorError, quote } from "../content/errors";
import { type FieldPath, parseYaml } from "../content/front-matter";
import { didYouMean } from "../content/suggest";
import { fieldName, issuesToErrors } from "../content/zod-issues";
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
function readData<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  errors: AuthorError[],
): { data: T; lineOf: (path: FieldPath) => number } | undefined {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) {
    errors.push({
      code: "invalid-field",
      file,
      line: 1,
      field: "(file)",
      found: "no file",
      expected: `the data file ${file}`,
    });
    return undefined;
  }
  const yaml = parseYaml(readFileSync(absolute, "utf8"));
  for (const problem of yaml.problems) {
    errors.push({
      code: "invalid-yaml",
      file,
      line: problem.line,
      field: "(yaml)",
      found: problem.message,
      expected: "valid YAML",
    });
  }
  if (yaml.problems.length > 0) return undefined;
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    errors.push(...issuesToErrors(result.error.issues, yaml.data, yaml, file));
    return undefined;
  }
  return { data: result.data, lineOf: yaml.lineOf };
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

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { routes } from "../routes";
import { fillRuleValues, readRuleValues } from "../rules/values";
import type { AuthorError } from "./errors";
import { quote, sortErrors } from "./errors";
import { type ParsedYaml, parseYaml, splitFrontMatter } from "./front-matter";
import { checkLinks } from "./link-check";
import { type BodyHeading, type BodyLink, collectHeadings, collectLinks } from "./markdown/links";
import { parseMarkdown, toUnsafeHtmlTree } from "./markdown/pipeline";
import {
  type BodyBlock,
  type SectionKind,
  sectionHeadings,
  structureBody,
  type TocEntry,
} from "./markdown/sections";
import { checkRedirects } from "./redirects";
import { type FrontMatter, frontMatterSchema, slugPattern, type Taxonomy, taxonomySchema } from "./schema";
import { didYouMean } from "./suggest";
import { indexTaxonomy, type TaxonomyIndex } from "./taxonomy";
import { issuesToErrors } from "./zod-issues";

export interface Article extends FrontMatter {
  slug: string;
  /** Source file, relative to the project root. */
  file: string;
  url: string;
  regions: string[];
  blocks: BodyBlock[];
  toc: TocEntry[];
  headings: BodyHeading[];
  /** Links written in the body, with file lines. */
  links: BodyLink[];
}

export interface ContentTree {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  errors: AuthorError[];
}

export interface LoadOptions {
  /** The project root; content/ and public/ are read under it. */
  root: string;
}

const requiredGuideSections: SectionKind[] = ["prerequisites", "steps", "pitfalls"];

/** Markdown files under a folder, recursively, sorted for a stable order. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Decode UTF-8 strictly; on failure, report the line of the first bad byte. */
function decodeText(bytes: Buffer): { text: string } | { badLine: number } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // A BOM and Windows line endings are accepted and normalized away.
    return { text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
  } catch {
    const lossy = bytes.toString("utf8");
    const bad = lossy.indexOf("\uFFFD");
    return { badLine: lossy.slice(0, Math.max(bad, 0)).split("\n").length };
  }
}

function loadTaxonomy(root: string, errors: AuthorError[]): Taxonomy {
  const file = "content/taxonomy.yaml";
  const empty: Taxonomy = { licences: [], classes: [], topics: [], regions: [] };
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) {
    errors.push({
      code: "invalid-taxonomy",
      file,
      line: 1,
      field: "(file)",
      found: "no file",
      expected: "the taxonomy of licences, topics and regions",
    });
    return empty;
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
  if (yaml.problems.length > 0) return empty;
  const result = taxonomySchema.safeParse(yaml.data);
  if (!result.success) {
    errors.push(
      ...issuesToErrors(result.error.issues, yaml.data, yaml, file).map((error) => ({
        ...error,
        code: "invalid-taxonomy" as const,
      })),
    );
    return empty;
  }
  for (const kind of ["licences", "topics", "regions"] as const) {
    const seen = new Set<string>();
    result.data[kind].forEach((item, index) => {
      if (seen.has(item.id)) {
        errors.push({
          code: "invalid-taxonomy",
          file,
          line: yaml.lineOf([kind, index, "id"]),
          field: `${kind}[${index}].id`,
          found: quote(item.id),
          expected: "an id not used before in the same list",
        });
      }
      seen.add(item.id);
    });
  }
  return result.data;
}

interface ParsedArticle {
  article: Article;
  lineOf: (path: readonly (string | number)[]) => number;
  bodyLineOffset: number;
}

type Report = (error: Omit<AuthorError, "file">) => undefined;

function checkTaxonomyIds(
  raw: Record<string, unknown>,
  yaml: ParsedYaml,
  taxonomy: TaxonomyIndex,
  fail: Report,
) {
  const checkIds = (field: "licences" | "regions", ids: unknown[]) => {
    const all = field === "licences" ? taxonomy.data.licences : taxonomy.data.regions;
    ids.forEach((id, index) => {
      if (typeof id !== "string" || all.some((item) => item.id === id)) return;
      const byAlias = taxonomy.data.licences.find(
        (l) => l.code === id || l.short === id || l.aliases.includes(id),
      );
      fail({
        code: "unknown-taxonomy",
        line: yaml.lineOf([field, index]),
        field: `${field}[${index}]`,
        found: quote(id),
        expected: `a ${field === "licences" ? "licence" : "region"} id from content/taxonomy.yaml`,
        hint:
          field === "licences" && byAlias
            ? `did you mean "${byAlias.id}"?`
            : didYouMean(
                id,
                all.map((item) => item.id),
              ),
      });
    });
  };
  if (Array.isArray(raw.licences)) checkIds("licences", raw.licences);
  if (Array.isArray(raw.regions)) checkIds("regions", raw.regions);
  if (typeof raw.topic === "string" && !taxonomy.topic(raw.topic)) {
    fail({
      code: "unknown-taxonomy",
      line: yaml.lineOf(["topic"]),
      field: "topic",
      found: quote(raw.topic),
      expected: "a topic id from content/taxonomy.yaml",
      hint: didYouMean(
        raw.topic,
        taxonomy.data.topics.map((t) => t.id),
      ),
    });
  }
}

function parseArticle(
  root: string,
  absolute: string,
  taxonomy: TaxonomyIndex | undefined,
  errors: AuthorError[],
  ruleValues?: Map<string, string>,
): ParsedArticle | undefined {
  const file = path.relative(root, absolute).split(path.sep).join("/");
  const slug = path.basename(absolute, ".md");
  const fail: Report = (error) => {
    errors.push({ file, ...error });
    return undefined;
  };

  if (!slugPattern.test(slug)) {
    fail({
      code: "invalid-slug",
      line: 1,
      field: "(file name)",
      found: quote(path.basename(absolute)),
      expected: "a file name of lowercase ASCII letters, digits and hyphens, e.g. annual-report-guide.md",
    });
  }

  const decoded = decodeText(readFileSync(absolute));
  if ("badLine" in decoded) {
    return fail({
      code: "invalid-utf8",
      line: decoded.badLine,
      field: "(file)",
      found: "bytes that are not UTF-8",
      expected: "a file saved as UTF-8",
    });
  }
  const text = decoded.text;
  if (text.trim() === "") {
    return fail({
      code: "empty-file",
      line: 1,
      field: "(file)",
      found: "an empty file",
      expected: "front matter and a Markdown body",
    });
  }
  const split = splitFrontMatter(text);
  if (!split.hasFrontMatter) {
    return fail({
      code: "missing-front-matter",
      line: 1,
      field: "(front matter)",
      found: quote(text.split("\n")[0]),
      expected: "a first line of --- opening the front matter",
    });
  }

  const yaml = parseYaml(split.yaml);
  if (yaml.problems.length > 0) {
    for (const problem of yaml.problems) {
      fail({
        code: "invalid-yaml",
        line: problem.line,
        field: "(front matter)",
        found: problem.message,
        expected: "valid YAML",
      });
    }
    return undefined;
  }
  const result = frontMatterSchema.safeParse(yaml.data ?? {});
  if (!result.success) {
    errors.push(...issuesToErrors(result.error.issues, yaml.data, yaml, file));
  }
  const front = result.data;

  // Taxonomy ids are checked even when other fields failed, so that one run reports everything.
  if (taxonomy) checkTaxonomyIds((yaml.data ?? {}) as Record<string, unknown>, yaml, taxonomy, fail);

  const offset = split.bodyLineOffset;
  // Rule numbers written as {{rules.renewal.daysBeforeExpiry}} come from content/rules.yaml (one place to correct).
  const filled = fillRuleValues(split.body, ruleValues);
  for (const problem of filled.problems) {
    fail({ code: "unknown-rule-value", field: "body rule value", ...problem, line: problem.line + offset });
  }
  const tree = parseMarkdown(filled.text);
  const structured = structureBody(toUnsafeHtmlTree(tree), offset);
  for (const problem of structured.problems) {
    fail({
      code: problem.kind,
      line: problem.line,
      field: "body",
      found: problem.found,
      expected: problem.expected,
    });
  }
  const headings = collectHeadings(tree).map((h) => ({ ...h, line: h.line + offset }));
  const seenIds = new Map<string, number>();
  for (const heading of headings) {
    const first = seenIds.get(heading.id);
    if (first !== undefined) {
      fail({
        code: "duplicate-anchor",
        line: heading.line,
        field: "body heading",
        found: `anchor "#${heading.id}" again (first at line ${first})`,
        expected: "a different {#id} for each heading",
      });
    } else seenIds.set(heading.id, heading.line);
  }

  front?.questions.forEach((question, index) => {
    if (question.anchor !== undefined && !seenIds.has(question.anchor)) {
      fail({
        code: "broken-anchor",
        line: yaml.lineOf(["questions", index, "anchor"]),
        field: `questions[${index}].anchor`,
        found: quote(question.anchor),
        expected: "the anchor of a heading in this article",
        hint: didYouMean(question.anchor, [...seenIds.keys()]),
      });
    }
  });

  if (front?.type === "guide") {
    const present = new Set(structured.blocks.map((block) => block.kind));
    for (const kind of requiredGuideSections) {
      if (!present.has(kind)) {
        fail({
          code: "missing-section",
          line: yaml.lineOf(["type"]),
          field: "body",
          found: `no "## ${sectionHeadings[kind]}" section in a guide`,
          expected: `a "## ${sectionHeadings[kind]}" section (or type: explainer)`,
        });
      }
    }
  }

  if (!front) return undefined;
  return {
    article: {
      ...front,
      regions: front.regions ?? [],
      slug,
      file,
      url: routes.article(slug),
      blocks: structured.blocks,
      toc: structured.toc,
      headings,
      links: collectLinks(tree).map((link) => ({ ...link, line: link.line + offset })),
    },
    lineOf: yaml.lineOf,
    bodyLineOffset: offset,
  };
}

/**
 * Read content/: the taxonomy and every article. Never throws on bad content: every problem in every file is
 * returned as an author error, and only articles without errors are meant to be published.
 */
export function loadContent({ root }: LoadOptions): ContentTree {
  const errors: AuthorError[] = [];
  const taxonomy = indexTaxonomy(loadTaxonomy(root, errors));
  // A broken taxonomy would make every id in every article look unknown: report the taxonomy alone.
  const taxonomyUsable = errors.length === 0;
  const parsed: ParsedArticle[] = [];
  const ruleValues = readRuleValues(root);
  const firstFileBySlug = new Map<string, string>();

  for (const absolute of markdownFiles(path.join(root, "content", "articles"))) {
    const result = parseArticle(root, absolute, taxonomyUsable ? taxonomy : undefined, errors, ruleValues);
    const slug = path.basename(absolute, ".md");
    const file = path.relative(root, absolute).split(path.sep).join("/");
    const first = firstFileBySlug.get(slug);
    if (first) {
      errors.push({
        code: "duplicate-slug",
        file,
        line: 1,
        field: "(file name)",
        found: `the slug "${slug}", already used by ${first}`,
        expected: "a file name no other article uses",
      });
      continue;
    }
    firstFileBySlug.set(slug, file);
    if (result) parsed.push(result);
  }

  const slugs = [...firstFileBySlug.keys()];
  for (const { article, lineOf } of parsed) {
    article.related.forEach((slug, index) => {
      if (slug === article.slug) {
        errors.push({
          code: "self-related",
          file: article.file,
          line: lineOf(["related", index]),
          field: `related[${index}]`,
          found: quote(slug),
          expected: "the slug of another article",
        });
      } else if (!firstFileBySlug.has(slug)) {
        errors.push({
          code: "unknown-related",
          file: article.file,
          line: lineOf(["related", index]),
          field: `related[${index}]`,
          found: quote(slug),
          expected: "the slug of an article",
          hint: didYouMean(slug, slugs),
        });
      }
    });
  }
  errors.push(
    ...checkRedirects(
      parsed.map(({ article, lineOf }) => ({ ...article, lineOf })),
      firstFileBySlug,
    ),
  );
  errors.push(
    ...checkLinks(
      parsed.map((p) => p.article),
      { root, taxonomy, slugs },
    ),
  );

  const failed = new Set(errors.map((error) => error.file));
  return {
    articles: parsed.map((p) => p.article).filter((article) => !failed.has(article.file)),
    taxonomy,
    errors: sortErrors(errors),
  };
}

import type { FileProblem } from "./errors";
import { quote } from "./errors";
import { type ParsedYaml, parseYaml, splitFrontMatter } from "./front-matter";
import { collectHeadings, collectLinks } from "./markdown/links";
import { collectParagraphs } from "./markdown/paragraphs";
import { parseMarkdown, toSafeHtmlTree } from "./markdown/pipeline";
import { structureBody } from "./markdown/sections";
import type { ParsedFile } from "./parsed-file";
import { fillRuleValues, type RuleValues } from "./rule-placeholders";
import { frontMatterSchema, slugPattern } from "./schema";
import { decodeText, type SourceFile } from "./sources";
import { issuesToErrors } from "./zod-issues";

/** The lines of the front matter fields that the named checks report on. */
function fieldLines(yaml: ParsedYaml, data: Record<string, unknown>): Record<string, number> {
  const lines: Record<string, number> = {
    type: yaml.lineOf(["type"]),
    topic: yaml.lineOf(["topic"]),
    factChecked: yaml.lineOf(["factChecked"]),
  };
  for (const field of ["licences", "regions", "related", "questions", "redirectFrom"] as const) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      if (field === "questions") lines[`questions[${i}].anchor`] = yaml.lineOf(["questions", i, "anchor"]);
      else lines[`${field}[${i}]`] = yaml.lineOf([field, i]);
    }
  }
  return lines;
}

/**
 * Parse one article file on its own: decoding, front matter against the schema, the Markdown body into typed
 * blocks. Needs nothing but the file, so its result can be stored and re-used while the bytes are unchanged.
 */
export function parseArticle(
  source: SourceFile,
  bytes: Buffer,
  /** The values of content/rules.yaml that a body may write as {{rules.<name>}} (lib/rules/values.ts). */
  ruleValues?: RuleValues,
): ParsedFile {
  const { file, slug } = source;
  const parsed: ParsedFile = {
    file,
    slug,
    ids: { licences: [], regions: [], topic: undefined },
    lines: {},
    problems: [],
  };
  const fail = (problem: FileProblem) => {
    parsed.problems.push(problem);
    return parsed;
  };

  if (!slugPattern.test(slug)) {
    fail({
      code: "invalid-slug",
      line: 1,
      field: "(file name)",
      found: quote(file.split("/").at(-1)),
      expected: "a file name of lowercase ASCII letters, digits and hyphens, e.g. annual-report-guide.md",
    });
  }
  const decoded = decodeText(bytes);
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
    return parsed;
  }
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const { file: _, ...problem } of issuesToErrors(result.error.issues, yaml.data, yaml, file))
      fail(problem);
  }
  parsed.front = result.data;
  parsed.ids = {
    licences: Array.isArray(data.licences) ? data.licences : [],
    regions: Array.isArray(data.regions) ? data.regions : [],
    topic: data.topic,
  };
  parsed.lines = fieldLines(yaml, data);

  const offset = split.bodyLineOffset;
  // Rule numbers written as {{rules.renewal.daysBeforeExpiry}} come from content/rules.yaml (one place to correct).
  const filled = fillRuleValues(split.body, ruleValues);
  for (const problem of filled.problems) {
    fail({ code: "unknown-rule-value", field: "body rule value", ...problem, line: problem.line + offset });
  }
  const tree = parseMarkdown(filled.text);
  // Headings and links come from the Markdown tree, before it is turned into HTML.
  const headings = collectHeadings(tree).map((h) => ({ ...h, line: h.line + offset }));
  const links = collectLinks(tree).map((link) => ({ ...link, line: link.line + offset }));
  const structured = structureBody(toSafeHtmlTree(tree), offset);
  for (const problem of structured.problems) {
    fail({
      code: problem.kind,
      line: problem.line,
      field: "body",
      found: problem.found,
      expected: problem.expected,
    });
  }
  parsed.body = {
    blocks: structured.blocks,
    toc: structured.toc,
    // Numbered-list steps get anchors too, so links to them are checked like links to headings.
    headings: [...headings, ...structured.anchors].sort((x, y) => x.line - y.line),
    links,
    paragraphs: collectParagraphs(tree).map((p) => ({ ...p, line: p.line + offset })),
  };
  return parsed;
}

/**
 * Author errors are data: a stable code, where it happened, what was found and what is expected.
 * The message shown to an editor is built from these parts, so every error reads the same way:
 *   content/articles/x.md:4 related[1]: found "edi-renew", expected the slug of an article (did you mean "edi-renewal"?) [unknown-related]
 * The code at the end of the line is the key into `authorErrorTable`, which says in general what is wrong and
 * how to fix it; `npm run check` prints that once per code after the list.
 */
export const authorErrorTable = {
  "invalid-utf8": { wording: "The file is not valid UTF-8 text.", hint: "Save the file as UTF-8." },
  "empty-file": { wording: "The file has no content.", hint: "Write front matter and a body, or delete it." },
  "missing-front-matter": {
    wording: "The file does not start with a front matter block.",
    hint: "Open the file with --- on its first line (see docs/editing.md).",
  },
  "invalid-yaml": {
    wording: "The YAML is not valid.",
    hint: "Check indentation, colons and brackets on the line named.",
  },
  "invalid-field": {
    wording: "A field has the wrong value.",
    hint: "Write the value in the form docs/editing.md shows.",
  },
  "missing-field": { wording: "A required field is missing.", hint: "Add the field (see docs/editing.md)." },
  "unknown-field": {
    wording: "A field the schema does not know.",
    hint: "Check its spelling, or remove it.",
  },
  "unknown-taxonomy": {
    wording: "A licence, topic or region id is not in content/taxonomy.yaml.",
    hint: "Use an id from content/taxonomy.yaml, or add the id there first.",
  },
  "unknown-related": {
    wording: "A related slug names no article.",
    hint: "Use the file name (without .md) of an article in content/articles/.",
  },
  "self-related": { wording: "An article lists itself as related.", hint: "Remove its own slug." },
  "duplicate-slug": {
    wording: "Two files would publish at the same address.",
    hint: "Rename one of the files (sub-folders do not change the address).",
  },
  "invalid-slug": {
    wording: "A file name cannot become an address.",
    hint: "Rename the file with lowercase ASCII letters, digits and hyphens.",
  },
  "broken-link": {
    wording: "A link in the body points to a page the site does not publish.",
    hint: "Copy the address from the page itself; addresses start with /articles/, /licences/, /topics/ or /regions/.",
  },
  "broken-anchor": {
    wording: "A link or question points to a heading that does not exist.",
    hint: "Use the heading's {#id}, or its text for a heading without one.",
  },
  "duplicate-anchor": {
    wording: "Two headings in one article have the same anchor.",
    hint: "Give one of them its own {#id}.",
  },
  "missing-section": {
    wording: "A guide is missing one of its required sections.",
    hint: "Add the section, or make the article type: explainer.",
  },
  "empty-section": {
    wording: "A conventional section has nothing in it.",
    hint: "Write its list or entries, or remove the heading.",
  },
  "mixed-steps": {
    wording: "A steps section mixes ### entries with a numbered list.",
    hint: "Write the steps one way: a numbered list, or one ### heading per step.",
  },
  "h1-in-body": {
    wording: "The body has a level-one heading; the title comes from the front matter.",
    hint: "Use ## for sections.",
  },
  "invalid-taxonomy": {
    wording: "content/taxonomy.yaml does not match its schema.",
    hint: "Compare the entry with its neighbours in content/taxonomy.yaml.",
  },
  "invalid-data-file": {
    wording: "A data file under content/ does not match its schema.",
    hint: "Compare the entry with its neighbours in the same file.",
  },
  "redirect-to-live": {
    wording: "A redirectFrom slug is the address of a published article.",
    hint: "Remove it from redirectFrom: a live article cannot also be an old address.",
  },
  "duplicate-redirect": {
    wording: "Two redirectFrom entries name the same old slug.",
    hint: "Keep the old slug on one article only.",
  },
  "redirect-chain": {
    wording: "A redirectFrom slug would send readers through two redirects.",
    hint: "Point the old slug straight at the article readers should land on.",
  },
  "unknown-featured": {
    wording: "content/featured.yaml names an article that is not published.",
    hint: "Write the article's current slug (its file name without .md); after renaming an article, rename it here too.",
  },
  "stale-fact-check": {
    wording: "An article's facts were last checked longer ago than the allowed age.",
    hint: "Check the article against its sources again, then set factChecked to today's date.",
  },
  "unused-synonyms": {
    wording:
      "A synonym group in content/synonyms.yaml has no word that any article uses, so it can find nothing.",
    hint: "Add to the group the word the articles use, or remove the group.",
  },
  "myth-heading": {
    wording:
      "A heading under 常见误区 states the mistake as if it were true; alone (in the table of contents and in search results) it misleads.",
    hint: 'Ask it as a question, or open with the correction: 年报逾期会被列入"经营异常名录"吗？不会 / 不是所有网站都要办ICP证.',
  },
  "near-copy": {
    wording:
      "A long sentence is said nearly word for word in two or more other articles (a warning: copies drift apart when one is corrected).",
    hint: "Keep the passage in the article it belongs to; in the others, say it in one line and link to it.",
  },
  "near-copy-limit": {
    wording:
      "The near-copy check read only part of what some sentences share: generated or templated text repeats the same sentence shapes in very many articles (a warning).",
    hint: "Write each article's sentences for it; the check then reads everything again.",
  },
  "unknown-rule-value": {
    wording: "A {{rules.…}} value in the body names no value in content/rules.yaml.",
    hint: "Use a name listed in docs/editing.md (rule data), e.g. {{rules.renewal.daysBeforeExpiry}}.",
  },
} as const satisfies Record<string, { wording: string; hint: string }>;

export type AuthorErrorCode = keyof typeof authorErrorTable;

export interface AuthorError {
  code: AuthorErrorCode;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The front matter field path (e.g. related[1]) or the body part (e.g. body link). */
  field: string;
  /** What the editor wrote, quoted where it is a value. */
  found: string;
  /** What the checker expected instead. */
  expected: string;
  /** An optional fix for this one error, e.g. a near match. */
  hint?: string;
}

/** An error found inside one file, before the file name is attached. */
export type FileProblem = Omit<AuthorError, "file">;

/** Quote a value the way messages show it. */
export function quote(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line per error: file:line field: found …, expected … (hint) [code]. */
export function formatAuthorError(error: AuthorError): string {
  const hint = error.hint ? ` (${error.hint})` : "";
  return `${error.file}:${error.line} ${error.field}: found ${error.found}, expected ${error.expected}${hint} [${error.code}]`;
}

/** A warning reads like an error, marked as one that does not stop the build. */
export function formatWarning(warning: AuthorError): string {
  return `warning: ${formatAuthorError(warning)}`;
}

/** The general wording and fix of each code that occurs, one line each, for the end of a report. */
export function explainCodes(errors: readonly AuthorError[]): string[] {
  const codes = [...new Set(errors.map((error) => error.code))].sort();
  return codes.map((code) => `[${code}] ${authorErrorTable[code].wording} ${authorErrorTable[code].hint}`);
}

/** Thrown by the loader when content has errors, so that a build stops and shows every one of them. */
export class ContentError extends Error {
  readonly errors: readonly AuthorError[];
  constructor(errors: readonly AuthorError[]) {
    super(
      `${errors.length} content ${errors.length === 1 ? "problem" : "problems"}:\n${errors.map(formatAuthorError).join("\n")}`,
    );
    this.name = "ContentError";
    this.errors = errors;
  }
}

/** Order errors by file, then line, so a report reads top to bottom. */
export function sortErrors(errors: AuthorError[]): AuthorError[] {
  return [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

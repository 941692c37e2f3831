/**
 * Author errors are data: a stable code, where it happened, what was found and what is expected.
 * The message shown to an editor is built from these parts, so every error reads the same way:
 *   content/articles/x.md:4 related[1]: found "edi-renew", expected the slug of an article (did you mean "edi-renewal"?)
 */
export const authorErrorCodes = {
  "invalid-utf8": "The file is not valid UTF-8 text.",
  "empty-file": "The file has no content.",
  "missing-front-matter": "The file does not start with a front matter block.",
  "invalid-yaml": "The front matter is not valid YAML.",
  "invalid-field": "A front matter field has the wrong value.",
  "missing-field": "A required front matter field is missing.",
  "unknown-field": "The front matter has a field the schema does not know.",
  "unknown-taxonomy": "A licence, topic or region id is not in content/taxonomy.yaml.",
  "unknown-related": "A related slug names no article.",
  "self-related": "An article lists itself as related.",
  "duplicate-slug": "Two files would publish at the same address.",
  "invalid-slug": "A file name cannot become an address.",
  "broken-link": "A link in the body points to a page that does not exist.",
  "broken-anchor": "A link in the body points to a heading that does not exist.",
  "duplicate-anchor": "Two headings in one article have the same anchor.",
  "missing-section": "A guide is missing one of its required sections.",
  "empty-section": "A conventional section has nothing in it.",
  "h1-in-body": "The body has a level-one heading; the title comes from the front matter.",
  "invalid-taxonomy": "content/taxonomy.yaml does not match its schema.",
  "redirect-to-live": "A redirectFrom slug is the address of a published article.",
  "duplicate-redirect": "Two redirectFrom entries name the same old slug.",
  "redirect-chain": "A redirectFrom slug would send readers through two redirects.",
  "unknown-rule-value": "A {{rules.…}} value in the body names no value in content/rules.yaml.",
} as const;

export type AuthorErrorCode = keyof typeof authorErrorCodes;

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
  /** An optional fix, e.g. a near match. */
  hint?: string;
}

/** Quote a value the way messages show it. */
export function quote(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line per error: file:line field: found …, expected … (hint). */
export function formatAuthorError(error: AuthorError): string {
  const hint = error.hint ? ` (${error.hint})` : "";
  return `${error.file}:${error.line} ${error.field}: found ${error.found}, expected ${error.expected}${hint}`;
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

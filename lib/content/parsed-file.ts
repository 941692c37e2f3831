import type { FileProblem } from "./errors";
import type { BodyHeading, BodyLink } from "./markdown/links";
import type { BodyParagraph } from "./markdown/paragraphs";
import type { BodyBlock, TocEntry } from "./markdown/sections";
import type { FrontMatter } from "./schema";

/**
 * One article file after parsing, before any check that needs other files: the unit the content store keeps per
 * file (plain data, so it survives JSON), re-used while the file's bytes and the pipeline stay the same.
 */
export interface ParsedFile {
  file: string;
  slug: string;
  /** The front matter, when it passed the schema. */
  front?: FrontMatter;
  /** Taxonomy ids as written, checked against the taxonomy even when other fields failed. */
  ids: { licences: unknown[]; regions: unknown[]; topic: unknown };
  /** File lines of the front matter fields that later checks name, by field path (`related[0]`). */
  lines: Record<string, number>;
  body?: {
    blocks: BodyBlock[];
    toc: TocEntry[];
    headings: BodyHeading[];
    links: BodyLink[];
    /** The prose with file lines, for the checks across articles; not part of the published Article. */
    paragraphs: BodyParagraph[];
  };
  /** Problems found while parsing this file alone. */
  problems: FileProblem[];
}

/** The file line of a front matter field recorded at parse time (the first line when it was not written). */
export function lineOf(parsed: ParsedFile, field: string): number {
  return parsed.lines[field] ?? 1;
}

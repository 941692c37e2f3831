import type { AuthorError } from "./errors";
import type { BodyHeading, BodyLink } from "./markdown/links";
import type { BodyBlock, TocEntry } from "./markdown/sections";
import type { FrontMatter } from "./schema";
import type { TaxonomyIndex } from "./taxonomy";

/** A published article: its front matter plus everything the content pass derived from its body. */
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

/** What the content pass hands on: articles without errors, the taxonomy, search data and every author error. */
export interface ContentTree {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  /** Search synonym groups from content/synonyms.yaml (empty when the file is absent). */
  synonyms: string[][];
  errors: AuthorError[];
  /** Problems that do not stop a build (same shape as errors): near-copy sentences, rules being phased in. */
  warnings: AuthorError[];
  /** How many article files were parsed in this pass and how many were taken from the store unchanged. */
  stats: { parsed: number; reused: number };
}

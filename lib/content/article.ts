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

/** The published content: articles without errors, the taxonomy and the search synonyms (the search index's input). */
export interface ContentTree {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  /** Search synonym groups from content/synonyms.yaml (empty when the file is absent). */
  synonyms: string[][];
}

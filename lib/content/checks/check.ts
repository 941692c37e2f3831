import type { FileProblem } from "../errors";
import type { ParsedFile } from "../parsed-file";
import type { TaxonomyIndex } from "../taxonomy";

/** What a per-article check may know about the rest of the content. */
export interface CheckContext {
  /** Undefined when content/taxonomy.yaml itself is broken (then ids are not checked). */
  taxonomy?: TaxonomyIndex;
  /** Every article slug, including articles that failed other checks. */
  slugs: ReadonlySet<string>;
}

/** A named rule over one parsed article: every problem it finds, with lines. Runs on fresh and stored files alike. */
export interface ArticleCheck {
  name: string;
  run(parsed: ParsedFile, context: CheckContext): FileProblem[];
}

import type { ArticleCheck } from "./check";
import { guideSections } from "./guide-sections";
import { headingAnchors } from "./heading-anchors";
import { mythHeadings } from "./myth-headings";
import { questionAnchors } from "./question-anchors";
import { relatedSlugs } from "./related-slugs";
import { taxonomyIds } from "./taxonomy-ids";

export type { ArticleCheck, CheckContext } from "./check";

/** Every per-article rule whose problems are errors, in the order they are reported. New rules are added here. */
export const articleChecks: readonly ArticleCheck[] = [
  taxonomyIds,
  headingAnchors,
  questionAnchors,
  guideSections,
  mythHeadings,
  relatedSlugs,
];

/**
 * Per-article rules whose problems are warnings: reported by `npm run check` and the build, never stopping them.
 * A new rule can start here while the content is brought in line with it, then move to articleChecks (the
 * myth-heading rule did).
 */
export const articleWarningChecks: readonly ArticleCheck[] = [];

import type { ArticleCheck } from "./check";
import { guideSections } from "./guide-sections";
import { headingAnchors } from "./heading-anchors";
import { questionAnchors } from "./question-anchors";
import { relatedSlugs } from "./related-slugs";
import { taxonomyIds } from "./taxonomy-ids";

export type { ArticleCheck, CheckContext } from "./check";

/** Every per-article rule, in the order their problems are reported. New rules are added here. */
export const articleChecks: readonly ArticleCheck[] = [
  taxonomyIds,
  headingAnchors,
  questionAnchors,
  guideSections,
  relatedSlugs,
];

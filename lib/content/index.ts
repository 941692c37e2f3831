/**
 * What the rest of the site may know of the content model: its types and a few pure helpers. The site itself (the
 * articles, the page model, the rule data) comes from lib/site's getSite().
 */
export type { Article, ContentTree } from "./article";
export type { AuthorError } from "./errors";
export { ContentError, explainCodes, formatAuthorError, formatWarning } from "./errors";
export { type DatedChange, latestChange, newestFirst, recentChanges } from "./freshness";
export type {
  BodyBlock,
  Fragment,
  PrerequisitesBlock,
  SectionHeading,
  TitledBlock,
  TocEntry,
} from "./markdown/sections";
export { articleRedirects } from "./redirects";
export type { ArticleChange, Licence, LicenceClass, Region, Source, Topic } from "./schema";
export { hasCatalogueCode, licenceLabel, type TaxonomyIndex } from "./taxonomy";

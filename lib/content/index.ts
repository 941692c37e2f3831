import { ContentError } from "./errors";
import { buildLinkGraph, type LinkGraph } from "./graph";
import { type Article, loadContent } from "./load";
import type { TaxonomyIndex } from "./taxonomy";

export type { AuthorError } from "./errors";
export { ContentError, formatAuthorError } from "./errors";
export { type DatedChange, recentChanges } from "./freshness";
export type { Article } from "./load";
export type {
  BodyBlock,
  Fragment,
  PrerequisitesBlock,
  SectionHeading,
  TitledBlock,
  TocEntry,
} from "./markdown/sections";
export type { ArticleChange, Licence, LicenceClass, Region, Source, Topic } from "./schema";
export { licenceLabel } from "./taxonomy";

export interface Site {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  graph: LinkGraph;
  article(slug: string): Article | undefined;
  byLicence(id: string): Article[];
  byTopic(id: string): Article[];
  byRegion(id: string): Article[];
  /** Regions that at least one article is about, in taxonomy order. */
  regionsInUse(): string[];
  /** Most recently updated first. */
  recent(limit: number): Article[];
}

let cached: Site | undefined;

/**
 * The site's content, loaded once per process. Throws a ContentError listing every problem when any file is
 * wrong, so a build never publishes a broken page.
 */
export function getSite(): Site {
  if (cached) return cached;
  const { articles, taxonomy, errors } = loadContent({ root: process.cwd() });
  if (errors.length > 0) throw new ContentError(errors);
  const sorted = [...articles].sort((a, b) => a.title.localeCompare(b.title, "zh-CN"));
  const bySlug = new Map(sorted.map((a) => [a.slug, a]));
  cached = {
    articles: sorted,
    taxonomy,
    graph: buildLinkGraph(sorted),
    article: (slug) => bySlug.get(slug),
    byLicence: (id) => sorted.filter((a) => a.licences.includes(id)),
    byTopic: (id) => sorted.filter((a) => a.topic === id),
    byRegion: (id) => sorted.filter((a) => a.regions.includes(id)),
    regionsInUse: () =>
      taxonomy.data.regions.map((r) => r.id).filter((id) => sorted.some((a) => a.regions.includes(id))),
    recent: (limit) =>
      [...sorted]
        .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, "zh-CN"))
        .slice(0, limit),
  };
  return cached;
}

import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildSitePages, type PageModel, pageModel } from "../pages";
import type { Article } from "./article";
import { buildLinkGraph, type LinkGraph } from "./graph";
import { readSnapshot, type SiteSnapshot } from "./snapshot";
import { indexTaxonomy, type TaxonomyIndex } from "./taxonomy";

export type { Article } from "./article";
export type { AuthorError } from "./errors";
export { ContentError, formatAuthorError } from "./errors";
export { type DatedChange, recentChanges } from "./freshness";
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
export { licenceLabel } from "./taxonomy";

export interface Site {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  graph: LinkGraph;
  /** Every page the site publishes (lib/pages): sitemap, breadcrumbs, navigation, static params. */
  pages: PageModel;
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

const titleOrder = new Intl.Collator("zh-CN");

/** Group articles by each key they have, keeping their order. */
function groupBy(
  articles: readonly Article[],
  keys: (a: Article) => readonly string[],
): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/**
 * The snapshot of content/ that the content pass wrote. When it is missing or stale, the content pass runs first
 * (in a child process, so its parser is never part of the pages' bundle); when content has errors, that throws
 * with every problem listed, so a build never publishes a broken page.
 */
function contentSnapshot(root: string): SiteSnapshot {
  const first = readSnapshot(root);
  if (!("stale" in first)) return first;
  try {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/content-store.ts"],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`The content has problems (npm run check lists them):\n${stderr}`);
  }
  const second = readSnapshot(root);
  if ("stale" in second) throw new Error(`The content pass left no usable snapshot: ${second.stale}`);
  return second;
}

/**
 * The site's content, read once per process from the snapshot the content pass wrote (see contentSnapshot).
 */
export function getSite(): Site {
  if (cached) return cached;
  const { articles, taxonomy: data } = contentSnapshot(process.cwd());
  const taxonomy = indexTaxonomy(data);
  const sorted = [...articles].sort((a, b) => titleOrder.compare(a.title, b.title));
  const bySlug = new Map(sorted.map((a) => [a.slug, a]));
  const byLicence = groupBy(sorted, (a) => a.licences);
  const byTopic = groupBy(sorted, (a) => [a.topic]);
  const byRegion = groupBy(sorted, (a) => a.regions);
  cached = {
    articles: sorted,
    taxonomy,
    graph: buildLinkGraph(sorted),
    pages: pageModel(buildSitePages(sorted, taxonomy)),
    article: (slug) => bySlug.get(slug),
    byLicence: (id) => byLicence.get(id) ?? [],
    byTopic: (id) => byTopic.get(id) ?? [],
    byRegion: (id) => byRegion.get(id) ?? [],
    regionsInUse: () => taxonomy.data.regions.map((r) => r.id).filter((id) => byRegion.has(id)),
    recent: (limit) =>
      [...sorted]
        .sort((a, b) => b.updated.localeCompare(a.updated) || titleOrder.compare(a.title, b.title))
        .slice(0, limit),
  };
  return cached;
}

import type { Article } from "../content/article";
import { newestFirst } from "../content/freshness";
import { buildLinkGraph, type LinkGraph } from "../content/graph";
import { indexTaxonomy, type TaxonomyIndex } from "../content/taxonomy";
import { buildSitePages, type PageModel, pageModel } from "../pages";
import type { Finder, Rules } from "../rules/schema";
import { readSnapshot, readSnapshotAsWritten, type SiteSnapshot, snapshotFile, writtenAt } from "./snapshot";

export interface Site {
  articles: Article[];
  taxonomy: TaxonomyIndex;
  graph: LinkGraph;
  /** Every page the site publishes (lib/pages): sitemap, breadcrumbs, navigation, static params. */
  pages: PageModel;
  /** The date rules (content/rules.yaml) and the licence finder's data (content/licence-finder.yaml), checked. */
  rules: Rules;
  finder: Finder;
  /** The articles pages feature by name (content/featured.yaml). */
  featured: { home: Article; searchFallback: Article[]; citationNotes: Article };
  article(slug: string): Article | undefined;
  byLicence(id: string): Article[];
  byTopic(id: string): Article[];
  byRegion(id: string): Article[];
  /** Most recently updated first. */
  recent(limit: number): Article[];
}

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

/** The lookups pages use, over one snapshot. */
export function siteOf(snapshot: SiteSnapshot): Site {
  const { rules, finder, featured: featuredSlugs } = snapshot;
  if (!rules || !finder || !featuredSlugs)
    throw new Error(
      "The content has no content/rules.yaml, content/licence-finder.yaml or content/featured.yaml",
    );
  const taxonomy = indexTaxonomy(snapshot.taxonomy);
  const sorted = [...snapshot.articles].sort((a, b) => titleOrder.compare(a.title, b.title));
  const bySlug = new Map(sorted.map((a) => [a.slug, a]));
  const byLicence = groupBy(sorted, (a) => a.licences);
  const byTopic = groupBy(sorted, (a) => [a.topic]);
  const byRegion = groupBy(sorted, (a) => a.regions);
  // The content pass checked every featured slug against these articles (content/featured.yaml).
  const featured = (slug: string) => {
    const article = bySlug.get(slug);
    if (!article) throw new Error(`content/featured.yaml names "${slug}", which the snapshot does not have`);
    return article;
  };
  return {
    articles: sorted,
    taxonomy,
    graph: buildLinkGraph(sorted),
    pages: pageModel(buildSitePages(sorted, taxonomy)),
    rules,
    finder,
    featured: {
      home: featured(featuredSlugs.home),
      searchFallback: featuredSlugs.searchFallback.map(featured),
      citationNotes: featured(featuredSlugs.citationNotes),
    },
    article: (slug) => bySlug.get(slug),
    byLicence: (id) => byLicence.get(id) ?? [],
    byTopic: (id) => byTopic.get(id) ?? [],
    byRegion: (id) => byRegion.get(id) ?? [],
    recent: (limit) => newestFirst(sorted, (a) => a.updated).slice(0, limit),
  };
}

/**
 * Pages read the snapshot the content pass wrote; they never parse content themselves. `npm run build` writes it
 * before Next builds the pages, and `npm run dev` rewrites it whenever content/ changes. A missing or stale snapshot
 * is a build that was not made with the project's scripts: say which one to run.
 */
export class SiteNotBuiltError extends Error {
  constructor(reason: string, development: boolean) {
    super(
      development
        ? `The site's content has not been read: ${reason}. Start the dev server with \`npm run dev\`, which reads content/ and watches it.`
        : `The site's content snapshot is not usable: ${reason}. Run \`npm run build\` (or \`npm run export\`), which reads content/ before Next builds the pages.`,
    );
    this.name = "SiteNotBuiltError";
  }
}

let cached: { site: Site; writtenAt: number } | undefined;

/**
 * The site, read once per process from the snapshot. Under `next dev` it is read again whenever the dev server's
 * content pass has written a new one, so an edit shows on the next page load.
 */
export function getSite(root: string = process.cwd()): Site {
  if (process.env.NODE_ENV === "development") {
    const at = writtenAt(root, snapshotFile);
    if (cached && cached.writtenAt === at) return cached.site;
    const snapshot = readSnapshotAsWritten(root);
    if (!snapshot) throw new SiteNotBuiltError(`there is no ${snapshotFile}`, true);
    cached = { site: siteOf(snapshot), writtenAt: at };
    return cached.site;
  }
  if (cached) return cached.site;
  const snapshot = readSnapshot(root);
  if ("stale" in snapshot) throw new SiteNotBuiltError(snapshot.stale, false);
  cached = { site: siteOf(snapshot), writtenAt: 0 };
  return cached.site;
}

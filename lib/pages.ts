import type { Article } from "./content/article";
import { licenceLabel, type TaxonomyIndex } from "./content/taxonomy";
import { fixedPages, navigation, routes } from "./routes";

export type PageKind = "fixed" | "article" | "licence" | "topic" | "region";

/** One page the site publishes. */
export interface SitePage {
  url: string;
  title: string;
  kind: PageKind;
  /** The page this one sits below (breadcrumbs); none for the home page. */
  parent?: string;
  /** The slug or taxonomy id a dynamic page is made from (its route parameter). */
  id?: string;
  /** Last edit, for the sitemap. */
  updated?: string;
  /** Left out of the sitemap (the search page has nothing to index). */
  unlisted?: boolean;
}

/** The facts of an article the page model needs. */
type ArticleFacts = Pick<Article, "slug" | "url" | "title" | "topic" | "regions" | "updated">;

/**
 * Every page the site publishes, from lib/routes plus the content: the one list read by the sitemap, the link
 * checker, breadcrumbs, navigation and every generateStaticParams.
 */
export function buildSitePages(articles: readonly ArticleFacts[], taxonomy: TaxonomyIndex): SitePage[] {
  const regionsInUse = new Set(articles.flatMap((a) => a.regions));
  return [
    ...fixedPages.map((page) => ({
      ...page,
      kind: "fixed" as const,
      unlisted: page.url === routes.search() || undefined,
    })),
    ...taxonomy.data.licences.map((licence) => ({
      url: routes.licence(licence.id),
      title: licenceLabel(licence),
      kind: "licence" as const,
      parent: routes.licences,
      id: licence.id,
    })),
    ...taxonomy.data.topics.map((topic) => ({
      url: routes.topic(topic.id),
      title: topic.name,
      kind: "topic" as const,
      parent: routes.topics,
      id: topic.id,
    })),
    // A region has a page only when some article is about it (the one place this rule is written).
    ...taxonomy.data.regions
      .filter((region) => regionsInUse.has(region.id))
      .map((region) => ({
        url: routes.region(region.id),
        title: region.name,
        kind: "region" as const,
        parent: routes.regions,
        id: region.id,
      })),
    ...articles.map((article) => ({
      url: article.url,
      title: article.title,
      kind: "article" as const,
      parent: taxonomy.topic(article.topic) ? routes.topic(article.topic) : routes.articles,
      id: article.slug,
      updated: article.updated,
    })),
  ];
}

/** Read-only lookups over the page list. */
export interface PageModel {
  pages: readonly SitePage[];
  page(url: string): SitePage | undefined;
  /** The route parameters of one kind of dynamic page, for generateStaticParams. */
  ids(kind: Exclude<PageKind, "fixed">): string[];
  /** Home first, the page itself last (without a link). */
  breadcrumbs(url: string): { label: string; href?: string }[];
  /** Links to the given pages (the main sections by default), for the header, the footer and the 404 page. */
  navigation(urls?: readonly string[]): { href: string; label: string }[];
}

export function pageModel(pages: readonly SitePage[]): PageModel {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const page = (url: string) => byUrl.get(url);
  return {
    pages,
    page,
    ids: (kind) => pages.filter((p) => p.kind === kind).map((p) => p.id ?? ""),
    breadcrumbs(url) {
      const trail: { label: string; href?: string }[] = [];
      for (let p = page(url); p; p = p.parent === undefined ? undefined : page(p.parent)) {
        trail.unshift({ label: p.title, href: p.url === url ? undefined : p.url });
        if (trail.length > pages.length) break; // a parent loop would be a bug in buildSitePages
      }
      return trail;
    },
    navigation: (urls = navigation) =>
      urls.flatMap((url) => {
        const p = page(url);
        return p ? [{ href: p.url, label: p.title }] : [];
      }),
  };
}

/** Every address the site publishes, in one place: pages link with these, and the link checker accepts them. */
export const routes = {
  home: "/",
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : "/search"),
  articles: "/articles",
  article: (slug: string, anchor?: string) => `/articles/${slug}${anchor ? `#${anchor}` : ""}`,
  licences: "/licences",
  licence: (id: string) => `/licences/${id}`,
  /** Every licence by stage (apply, annual report, change, renewal…): which article answers each. */
  coverage: "/coverage",
  topics: "/topics",
  topic: (id: string) => `/topics/${id}`,
  regions: "/regions",
  region: (id: string) => `/regions/${id}`,
  tools: "/tools",
  /** The renewal planner; a plan's inputs live in the address so it can be shared or bookmarked. */
  renewalPlanner: (plan?: { licence: string; expiry: string }) =>
    plan
      ? `/tools/renewal-planner?licence=${encodeURIComponent(plan.licence)}&expiry=${encodeURIComponent(plan.expiry)}`
      : "/tools/renewal-planner",
  licenceFinder: "/tools/licence-finder",
  updates: "/updates",
  /** The Atom feed of articles by last update. */
  feed: "/feed.xml",
  /** The one share image for every page (Open Graph, Twitter). */
  shareImage: "/og.png",
} as const;

/**
 * Pages that exist whatever the content, with the title they are listed under and the page they sit below.
 * lib/pages.ts adds the pages the content makes (articles, licences, topics, regions).
 */
export const fixedPages: readonly { url: string; title: string; parent?: string }[] = [
  { url: routes.home, title: "首页" },
  { url: routes.search(), title: "搜索", parent: routes.home },
  { url: routes.articles, title: "全部文章", parent: routes.home },
  { url: routes.licences, title: "许可证类别", parent: routes.home },
  { url: routes.coverage, title: "办理事项总览", parent: routes.licences },
  { url: routes.topics, title: "办理事项", parent: routes.home },
  { url: routes.regions, title: "地区", parent: routes.home },
  { url: routes.tools, title: "工具", parent: routes.home },
  { url: routes.renewalPlanner(), title: "续期规划", parent: routes.tools },
  { url: routes.licenceFinder, title: "许可证查询", parent: routes.tools },
  { url: routes.updates, title: "更新记录", parent: routes.home },
];

/** The main sections, in the order the header and the 404 page list them (four fit one line on a phone). */
export const navigation: readonly string[] = [routes.licences, routes.topics, routes.articles, routes.tools];

/** The footer lists the main sections, then the regions, the tools and the record of changes. */
export const footerNavigation: readonly string[] = [
  ...navigation,
  routes.regions,
  routes.renewalPlanner(),
  routes.licenceFinder,
  routes.updates,
];

/** Every address the site publishes, in one place: pages link with these, and the link checker accepts them. */
export const routes = {
  home: "/",
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : "/search"),
  articles: "/articles",
  article: (slug: string, anchor?: string) => `/articles/${slug}${anchor ? `#${anchor}` : ""}`,
  licences: "/licences",
  licence: (id: string) => `/licences/${id}`,
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

/** Listing pages that exist whatever the content. */
export const fixedPages = new Set<string>([
  routes.home,
  routes.search(),
  routes.articles,
  routes.licences,
  routes.topics,
  routes.regions,
  routes.tools,
  routes.renewalPlanner(),
  routes.licenceFinder,
  routes.updates,
]);

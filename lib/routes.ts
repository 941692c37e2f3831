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
  { url: routes.topics, title: "办理事项", parent: routes.home },
  { url: routes.regions, title: "地区", parent: routes.home },
];

/** The main sections, in the order the header, the footer and the 404 page list them. */
export const navigation: readonly string[] = [
  routes.licences,
  routes.topics,
  routes.regions,
  routes.articles,
];

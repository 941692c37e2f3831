import type { Article } from "./article";

/** Who links to whom, from body links and the `related` field. */
export interface LinkGraph {
  /** Articles whose body links to `slug`, in title order. */
  backlinks(slug: string): Article[];
  /** The explicit related articles first, then others sharing licence and topic, most in common first. */
  related(slug: string, limit?: number): Article[];
}

function linkedSlugs(article: Article): Set<string> {
  const slugs = new Set<string>();
  for (const link of article.links) {
    const match = /^\/articles\/([^/#?]+)/.exec(link.url);
    if (match?.[1] && match[1] !== article.slug) slugs.add(decodeURIComponent(match[1]));
  }
  return slugs;
}

/** `articles` must be in title order: ties are broken by that order instead of comparing titles again. */
export function buildLinkGraph(articles: readonly Article[]): LinkGraph {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const rank = new Map(articles.map((a, index) => [a.slug, index]));
  const byTitle = (a: Article, b: Article) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0);
  const inbound = new Map<string, Article[]>();
  for (const article of articles) {
    for (const target of linkedSlugs(article)) {
      const list = inbound.get(target);
      if (list) list.push(article);
      else inbound.set(target, [article]);
    }
  }

  return {
    backlinks: (slug) => [...(inbound.get(slug) ?? [])].sort(byTitle),
    related(slug, limit = 6) {
      const article = bySlug.get(slug);
      if (!article) return [];
      const explicit = article.related.map((s) => bySlug.get(s)).filter((a): a is Article => a !== undefined);
      const taken = new Set([slug, ...explicit.map((a) => a.slug)]);
      const score = (other: Article) =>
        other.licences.filter((l) => article.licences.includes(l)).length +
        (other.topic === article.topic ? 2 : 0);
      const others = articles
        .filter((other) => !taken.has(other.slug) && score(other) > 0)
        .sort((a, b) => score(b) - score(a) || byTitle(a, b));
      return [...explicit, ...others].slice(0, Math.max(limit, explicit.length));
    },
  };
}

import type { Article } from "@/lib/content";
import { SiteLink } from "./SiteLink";

/** A titled list of links to other articles: related reading, or the pages that link here. */
export function LinkedArticles({ id, title, articles }: { id: string; title: string; articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="block linked-articles" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={article.url}>{article.title}</SiteLink>
            <span className="linked-description">{article.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

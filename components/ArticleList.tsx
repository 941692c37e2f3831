import type { Article } from "@/lib/content";
import { formatDate } from "./DateLine";
import { SiteLink } from "./SiteLink";

/** A list of articles as cards: title, description, topic and update date. */
export function ArticleList({
  articles,
  topicName,
  headingLevel = 3,
}: {
  articles: Article[];
  /** The name of an article's topic, shown on its card. */
  topicName: (id: string) => string | undefined;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="article-card">
          <Heading className="article-card-title">
            <SiteLink href={article.url}>{article.title}</SiteLink>
          </Heading>
          <p className="article-card-description">{article.description}</p>
          <p className="article-card-meta">
            <span>{topicName(article.topic)}</span>
            <span>{article.type === "guide" ? "办事指南" : "解读"}</span>
            <span>
              更新于 <time dateTime={article.updated}>{formatDate(article.updated)}</time>
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

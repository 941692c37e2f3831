import type { Article } from "@/lib/content";
import { elementsHtml, h, htmlKey } from "@/lib/render/html";
import { formatDate } from "./DateLine";
import { StaticHtml } from "./StaticHtml";

/**
 * A list of articles as cards: title, description, topic and update date. Listings of hundreds of articles are
 * static markup set as HTML (see <StaticHtml>): the page carries each card once.
 */
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
  const html = elementsHtml(
    articles.map((article) =>
      h("li", { className: ["article-card"] }, [
        h(`h${headingLevel}`, { className: ["article-card-title"] }, [
          h("a", { href: article.url }, [article.title]),
        ]),
        h("p", { className: ["article-card-description"] }, [article.description]),
        h("p", { className: ["article-card-meta"] }, [
          h("span", {}, [topicName(article.topic)]),
          h("span", {}, [article.type === "guide" ? "办事指南" : "解读"]),
          h("span", {}, ["更新于 ", h("time", { dateTime: article.updated }, [formatDate(article.updated)])]),
        ]),
      ]),
    ),
  );
  return <StaticHtml as="ul" className="article-list" html={html} htmlKey={htmlKey(html)} />;
}

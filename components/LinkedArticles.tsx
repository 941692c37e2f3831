import type { Article } from "@/lib/content";
import { elementsHtml, h, htmlKey } from "@/lib/render/html";
import { StaticHtml } from "./StaticHtml";

/**
 * A titled list of links to other articles: related reading, or the pages that link here. The list is static
 * markup set as HTML (see <StaticHtml>): the page carries it once.
 */
export function LinkedArticles({ id, title, articles }: { id: string; title: string; articles: Article[] }) {
  if (articles.length === 0) return null;
  const html = elementsHtml(
    articles.map((article) =>
      h("li", {}, [
        h("a", { href: article.url }, [article.title]),
        h("span", { className: ["linked-description"] }, [article.description]),
      ]),
    ),
  );
  return (
    <section className="block linked-articles" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <StaticHtml as="ul" html={html} htmlKey={htmlKey(html)} />
    </section>
  );
}

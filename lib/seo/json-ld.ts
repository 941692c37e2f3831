import type { Article, TitledBlock } from "@/lib/content";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";
import { chinaDateTime, siteLanguage, siteName } from "./site";

/** One schema.org node; `@type` names its type. */
export type JsonLdNode = { "@type": string } & Record<string, unknown>;

/** A JSON-LD document holding several nodes. */
export interface JsonLdGraph {
  "@context": "https://schema.org";
  "@graph": JsonLdNode[];
}

export const graph = (nodes: JsonLdNode[]): JsonLdGraph => ({
  "@context": "https://schema.org",
  "@graph": nodes,
});

const publisher = (): JsonLdNode => ({
  "@type": "Organization",
  name: siteName,
  url: absoluteUrl(routes.home),
});

export interface Crumb {
  label: string;
  /** The crumb's address; the last crumb (the page itself) has none. */
  href?: string;
}

/** BreadcrumbList from the trail the page shows. */
export function breadcrumbList(trail: Crumb[]): JsonLdNode {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      ...(crumb.href && index < trail.length - 1 ? { item: absoluteUrl(crumb.href) } : {}),
    })),
  };
}

function articleNode(article: Article): JsonLdNode {
  const url = absoluteUrl(article.url);
  return {
    "@type": "Article",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.description,
    inLanguage: siteLanguage,
    url,
    mainEntityOfPage: url,
    ...(article.published ? { datePublished: chinaDateTime(article.published) } : {}),
    dateModified: chinaDateTime(article.updated),
    image: absoluteUrl(routes.shareImage),
    author: publisher(),
    publisher: publisher(),
  };
}

/** FAQPage from the article's 常见问题: each ### question with its answer as plain text. */
function faqPage(article: Article, block: TitledBlock): JsonLdNode {
  return {
    "@type": "FAQPage",
    url: absoluteUrl(article.url),
    inLanguage: siteLanguage,
    mainEntity: block.items.map((entry) => ({
      "@type": "Question",
      name: entry.title,
      url: absoluteUrl(routes.article(article.slug, entry.id)),
      acceptedAnswer: { "@type": "Answer", text: entry.text },
    })),
  };
}

/** HowTo from a guide's 办理步骤: one HowToStep per ### step. */
function howTo(article: Article, block: TitledBlock): JsonLdNode {
  return {
    "@type": "HowTo",
    name: article.title,
    description: article.description,
    inLanguage: siteLanguage,
    step: block.items.map((step, index) => ({
      "@type": "HowToStep",
      position: index + 1,
      name: step.title,
      text: step.text,
      url: absoluteUrl(routes.article(article.slug, step.id)),
    })),
  };
}

/**
 * The structured data of an article page: Article always, FAQPage when it has 常见问题, HowTo when it is a
 * guide with 办理步骤. (The BreadcrumbList comes with the breadcrumbs the page shows.)
 */
export function articleGraph(article: Article): JsonLdGraph {
  const titled = (kind: TitledBlock["kind"]) =>
    article.blocks.find((block): block is TitledBlock => block.kind === kind && block.items.length > 0);
  const faq = titled("faq");
  const steps = article.type === "guide" ? titled("steps") : undefined;
  return graph([
    articleNode(article),
    ...(faq ? [faqPage(article, faq)] : []),
    ...(steps ? [howTo(article, steps)] : []),
  ]);
}

/** The home page: the site itself. */
export function websiteGraph(description: string): JsonLdGraph {
  return graph([
    {
      "@type": "WebSite",
      name: siteName,
      url: absoluteUrl(routes.home),
      inLanguage: siteLanguage,
      description,
      publisher: publisher(),
    },
  ]);
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no text in it (an article title, say)
 * can close the script element.
 */
export const serializeJsonLd = (data: JsonLdGraph | JsonLdNode) =>
  JSON.stringify(data).replace(/</g, "\\u003c");

import type { Metadata } from "next";
import type { Article } from "@/lib/content";
import { routes } from "@/lib/routes";
import { siteOrigin } from "@/lib/site-url";
import { chinaDateTime, ogLocale, siteDescription, siteName, siteTitle } from "./site";

export interface PageMeta {
  /** The page's own title (the layout adds " · 许可证指南"); omitted for the home page. */
  title?: string;
  description: string;
  /** The page's address, e.g. /articles/x: its canonical URL (made absolute by metadataBase). */
  path: string;
}

const shareImage = { url: routes.shareImage, width: 1200, height: 630, alt: siteName };

// Next merges metadata one key deep: a page that sets `alternates` or `openGraph` replaces the layout's
// whole object, so every page's metadata is built here, with the feed link and the site-wide fields in it.
const feedLink = { "application/atom+xml": [{ url: routes.feed, title: `${siteName}：文章更新` }] };

/**
 * The root layout's metadata: the origin every relative address resolves against, the title pattern, and what
 * a page without metadata of its own (the 404 page) still carries. No canonical: that is each page's own.
 */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: siteTitle, template: `%s · ${siteName}` },
    description: siteDescription,
    alternates: { types: feedLink },
    openGraph: { type: "website", siteName, locale: ogLocale, images: [shareImage] },
    twitter: { card: "summary_large_image", images: [shareImage.url] },
  };
}

/** Title, description, canonical URL, feed link, Open Graph and Twitter tags for one page. */
export function pageMetadata({ title, description, path }: PageMeta): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: path,
      types: feedLink,
    },
    openGraph: {
      type: "website",
      siteName,
      locale: ogLocale,
      url: path,
      title: title ?? siteTitle,
      description,
      images: [shareImage],
    },
    twitter: {
      card: "summary_large_image",
      title: title ?? siteTitle,
      description,
      images: [shareImage.url],
    },
  };
}

/** An article's metadata: as any page, with og:type article and its dates from front matter. */
export function articleMetadata(article: Article, section?: string): Metadata {
  const base = pageMetadata({ title: article.title, description: article.description, path: article.url });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      ...(article.published ? { publishedTime: chinaDateTime(article.published) } : {}),
      modifiedTime: chinaDateTime(article.updated),
      ...(section ? { section } : {}),
    },
  };
}

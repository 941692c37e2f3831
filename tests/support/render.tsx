import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/Markdown";
import { renderFragment } from "@/components/render-fragment";
import { parseMarkdown, toSafeHtmlTree } from "@/lib/content/markdown/pipeline";

/** Markdown the way the content pass turns an article body into a sanitized HTML tree. */
const safeTree = (markdown: string) => toSafeHtmlTree(parseMarkdown(markdown));

/**
 * Markdown through the site's own path to React elements (checklist items and leads): the content pass's sanitized
 * tree, then the real renderFragment. (Links to pages of this site become SiteLink, which needs Next's router:
 * give it Markdown without them, or a router.)
 */
export function renderMarkdownForTest(markdown: string): ReactNode {
  return renderFragment(safeTree(markdown));
}

/**
 * Markdown through the site's own path for article prose: the real <Markdown> component, which sets it as an HTML
 * string. Returns what is inside the component's own wrapper, so a test sees only what came from the Markdown.
 */
export function renderMarkdownHtmlForTest(markdown: string): string {
  const html = renderToStaticMarkup(<Markdown fragment={safeTree(markdown)} />);
  const wrapper = /^<div class="prose">([\s\S]*)<\/div>$/.exec(html);
  if (!wrapper)
    throw new Error(`<Markdown> no longer renders one <div class="prose"> wrapper: ${html.slice(0, 80)}`);
  return wrapper[1] ?? "";
}

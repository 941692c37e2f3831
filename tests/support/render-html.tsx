import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/Markdown";
import { parseMarkdown, toSafeHtmlTree } from "@/lib/content/markdown/pipeline";

/** Markdown the way the content pass turns an article body into a sanitized HTML tree. */
export const safeTree = (markdown: string) => toSafeHtmlTree(parseMarkdown(markdown));

/**
 * Markdown through the site's own path for article prose: the real <Markdown> component, which sets it as an HTML
 * string. Returns what is inside the component's own wrapper, so a test sees only what came from the Markdown.
 * (Its own module, free of Next's router: Playwright specs load it as plain Node ESM.)
 */
export function renderMarkdownHtmlForTest(markdown: string): string {
  const html = renderToStaticMarkup(<Markdown fragment={safeTree(markdown)} />);
  const wrapper = /^<div class="prose" data-html="[\w-]+">([\s\S]*)<\/div>$/.exec(html);
  if (!wrapper)
    throw new Error(
      `<Markdown> no longer renders one <div class="prose" data-html> wrapper: ${html.slice(0, 80)}`,
    );
  return wrapper[1] ?? "";
}

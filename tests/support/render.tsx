import type { ReactNode } from "react";
import { renderFragment } from "@/components/render-fragment";
import { safeTree } from "./render-html";

export { renderMarkdownHtmlForTest } from "./render-html";

/**
 * Markdown through the site's own path to React elements (checklist items and leads): the content pass's sanitized
 * tree, then the real renderFragment. (Links to pages of this site become SiteLink, which needs Next's router:
 * give it Markdown without them, or a router.)
 */
export function renderMarkdownForTest(markdown: string): ReactNode {
  return renderFragment(safeTree(markdown));
}

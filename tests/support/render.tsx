import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { parseMarkdown, sanitize, toUnsafeHtmlTree } from "@/lib/content/markdown/pipeline";
import { fragmentHtml } from "@/lib/render/html";

/**
 * Markdown through the same parse → HTML tree → sanitize path the site uses, as React elements (without the
 * Next.js link component, which needs a running router).
 */
export function renderMarkdownForTest(markdown: string): ReactNode {
  const tree = sanitize(toUnsafeHtmlTree(parseMarkdown(markdown)));
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

/** Markdown through the same path as article prose, which the site sets as an HTML string. */
export function renderMarkdownHtmlForTest(markdown: string): string {
  return fragmentHtml(sanitize(toUnsafeHtmlTree(parseMarkdown(markdown))));
}

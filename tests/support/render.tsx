import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { parseMarkdown, sanitize, toUnsafeHtmlTree } from "@/lib/content/markdown/pipeline";

/**
 * Markdown through the same parse → HTML tree → sanitize path the site uses, as React elements (without the
 * Next.js link component, which needs a running router).
 */
export function renderMarkdownForTest(markdown: string): ReactNode {
  const tree = sanitize(toUnsafeHtmlTree(parseMarkdown(markdown)));
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

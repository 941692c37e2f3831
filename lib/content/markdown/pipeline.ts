import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeExternalLinks from "./external-links";
import remarkHeadingIds from "./heading-ids";
import { sanitizeSchema } from "./sanitize-schema";

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const markdownTransforms = unified().use(remarkHeadingIds);
const toHtmlTree = unified().use(remarkRehype, {
  footnoteLabel: "注释",
  footnoteBackLabel: (referenceIndex: number) => `返回正文第 ${referenceIndex + 1} 处引用`,
});
const cleanHtmlTree = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeExternalLinks);

/** Markdown (GFM) to a Markdown syntax tree whose headings carry stable ids. */
export function parseMarkdown(markdown: string): MdastRoot {
  const tree = markdownParser.parse(markdown);
  return markdownTransforms.runSync(tree) as MdastRoot;
}

/** A Markdown tree to an HTML tree. Raw HTML in the Markdown is dropped here; not yet sanitized. */
export function toUnsafeHtmlTree(tree: MdastRoot): HastRoot {
  return toHtmlTree.runSync(tree) as HastRoot;
}

/**
 * A Markdown tree to the HTML tree readers get: sanitized once for the whole article (positions kept, so section
 * checks can still name lines).
 */
export function toSafeHtmlTree(tree: MdastRoot): HastRoot {
  return sanitize(toUnsafeHtmlTree(tree));
}

/** Every fragment shown to a reader passes through here: rehype-sanitize, then external-link marking. */
export function sanitize(fragment: HastRoot): HastRoot {
  return cleanHtmlTree.runSync(fragment) as HastRoot;
}

import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** True for an absolute http(s) address, which leaves the site. */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/**
 * Mark links that leave the site: rel="noopener noreferrer" so the other site cannot reach back into ours or
 * learn where the reader came from. Runs after sanitizing, on attributes the sanitizer already accepted.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href === "string" && isExternalHref(href)) {
        node.properties.rel = ["noopener", "noreferrer"];
        node.properties.className = ["external-link"];
      }
    });
  };
}

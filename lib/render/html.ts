import { createHash } from "node:crypto";
import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Fragment } from "../content/markdown/sections";

/**
 * A sanitized Markdown fragment as an HTML string. Prose rendered this way costs the browser no hydration and
 * travels in a page's data once, as text, instead of as a tree of elements; its site-internal links navigate on
 * the client through <StaticHtmlLinks />.
 */
export function fragmentHtml(fragment: Fragment): string {
  return toHtml(fragment);
}

/** A short hash of an HTML string: the same markup has the same key on every page. */
export function htmlKey(html: string): string {
  return createHash("sha256").update(html).digest("base64url").slice(0, 10);
}

/** True when a fragment has anything to show. */
export function hasContent(fragment: Fragment): boolean {
  return fragment.children.some((node) => node.type !== "text" || node.value.trim() !== "");
}

type Child = ElementContent | string | undefined;

/**
 * An HTML element as a tree node, for static markup that a page sets as an HTML string (<StaticHtml>). Text is
 * escaped when the tree is written (elementsHtml), as in any Markdown fragment.
 */
export function h(tagName: string, properties: Properties, children: Child[] = []): Element {
  return {
    type: "element",
    tagName,
    properties,
    children: children.flatMap((child): ElementContent[] =>
      child === undefined ? [] : typeof child === "string" ? [{ type: "text", value: child }] : [child],
    ),
  };
}

export function elementsHtml(elements: Element[]): string {
  return toHtml({ type: "root", children: elements });
}

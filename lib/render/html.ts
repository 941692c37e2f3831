import { toHtml } from "hast-util-to-html";
import type { Fragment } from "../content/markdown/sections";

/**
 * A sanitized Markdown fragment as an HTML string. Prose rendered this way costs the browser no hydration and
 * travels in the page data once, as text, instead of as a tree of elements; its site-internal links navigate on
 * the client through <ProseLinkNavigation />.
 */
export function fragmentHtml(fragment: Fragment): string {
  return toHtml(fragment);
}

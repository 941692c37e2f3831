import { toHtml } from "hast-util-to-html";
import type { Fragment } from "@/lib/content";

/**
 * A sanitized Markdown fragment as an HTML string. Prose rendered this way costs the browser no hydration and
 * travels in the page data once, as text, instead of as a tree of elements; its site-internal links navigate on
 * the client through <ProseLinkNavigation />.
 */
export const fragmentHtml = (fragment: Fragment): string => toHtml(fragment);

/**
 * A sanitized Markdown fragment, styled as article prose. Its HTML is set as is, so React neither rebuilds nor
 * hydrates the prose (the bulk of an article); rehype-sanitize has already removed anything unsafe.
 */
export function Markdown({ fragment, className }: { fragment: Fragment; className?: string }) {
  return (
    <div
      className={className ? `prose ${className}` : "prose"}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by rehype-sanitize when the content loads
      dangerouslySetInnerHTML={{ __html: fragmentHtml(fragment) }}
    />
  );
}

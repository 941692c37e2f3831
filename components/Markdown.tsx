import type { Fragment } from "@/lib/content";
import { fragmentHtml } from "@/lib/render/html";

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

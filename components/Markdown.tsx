import type { Fragment } from "@/lib/content";
import { fragmentHtml, htmlKey } from "@/lib/render/html";
import { StaticHtml } from "./StaticHtml";

/**
 * A sanitized Markdown fragment, styled as article prose. Its HTML is set as is, so React neither rebuilds nor
 * hydrates the prose (the bulk of an article), and the page carries it once (see <StaticHtml>); rehype-sanitize has
 * already removed anything unsafe.
 */
export function Markdown({
  fragment,
  className,
  id,
}: {
  fragment: Fragment;
  className?: string;
  id?: string;
}) {
  const html = fragmentHtml(fragment);
  return (
    <StaticHtml
      html={html}
      htmlKey={htmlKey(html)}
      className={className ? `prose ${className}` : "prose"}
      {...(id ? { id } : {})}
    />
  );
}

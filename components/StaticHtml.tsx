"use client";

/** HTML this page was opened with, by key, for a block that mounts again (back to the first page). */
const served = new Map<string, string>();

function servedHtml(key: string): string {
  const known = served.get(key);
  if (known !== undefined || typeof document === "undefined") return known ?? "";
  const html = document.querySelector(`[data-html="${key}"]`)?.innerHTML ?? "";
  if (html) served.set(key, html);
  return html;
}

/**
 * A block of static markup set as an HTML string (sanitized article prose, lists of articles): React neither
 * rebuilds nor hydrates it, and its links navigate through <StaticHtmlLinks />. The page a reader opens carries it
 * once, in its markup: the build leaves the string out of the page's inline data (scripts/inline-payload.ts), so
 * the first render takes it from the markup by its key. A page opened by client navigation gets it in its data.
 */
export function StaticHtml({
  as: Tag = "div",
  html,
  htmlKey,
  className,
  id,
}: {
  as?: "div" | "ul" | "ol";
  html: string;
  /** A hash of the HTML: finds the block in the markup, and is the same wherever the same HTML is. */
  htmlKey: string;
  className?: string;
  id?: string;
}) {
  return (
    <Tag
      id={id}
      className={className}
      data-html={htmlKey}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized Markdown, or markup built from an HTML tree
      dangerouslySetInnerHTML={{ __html: html || servedHtml(htmlKey) }}
    />
  );
}

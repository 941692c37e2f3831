import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Fragment as HtmlFragment } from "@/lib/content";
import { SiteLink } from "./SiteLink";

function MarkdownLink({ href, ...props }: { href?: string }) {
  if (typeof href === "string" && href.startsWith("/")) return <SiteLink href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** A sanitized Markdown fragment as React elements (site-internal links navigate on the client). */
export function renderFragment(fragment: HtmlFragment): ReactNode {
  return toJsxRuntime(fragment, { Fragment, jsx, jsxs, components: { a: MarkdownLink } });
}

/** True when a fragment has anything to show. */
export function hasContent(fragment: HtmlFragment): boolean {
  return fragment.children.some((node) => node.type !== "text" || node.value.trim() !== "");
}

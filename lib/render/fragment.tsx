import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Fragment as HtmlFragment } from "../content/markdown/sections";

/** Site-internal links navigate on the client; everything else stays a plain anchor. */
function MarkdownLink({ href, ...props }: ComponentProps<"a">) {
  if (typeof href === "string" && href.startsWith("/")) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** A sanitized Markdown fragment as React elements. */
export function renderFragment(fragment: HtmlFragment): ReactNode {
  return toJsxRuntime(fragment, { Fragment, jsx, jsxs, components: { a: MarkdownLink } });
}

/** True when a fragment has anything to show. */
export function hasContent(fragment: HtmlFragment): boolean {
  return fragment.children.some((node) => node.type !== "text" || node.value.trim() !== "");
}

import type { Fragment } from "@/lib/content";
import { renderFragment } from "@/lib/render/fragment";

/** A sanitized Markdown fragment, styled as article prose. */
export function Markdown({ fragment, className }: { fragment: Fragment; className?: string }) {
  return <div className={className ? `prose ${className}` : "prose"}>{renderFragment(fragment)}</div>;
}

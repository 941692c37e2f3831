/**
 * Articles lay out their blocks below the first screen only when the reader nears them (content-visibility in
 * globals.css). Landing on a heading needs the real height of every block above it, so before the site itself
 * navigates to an address with a #fragment, this marks the page to lay everything out. (A page opened at a
 * fragment by the browser needs nothing: the stylesheet's `:target` rule does the same.)
 */
export const ANCHOR_LANDING_CLASS = "anchor-landing";

export function layOutForAnchor(href: string): void {
  if (href.includes("#")) document.documentElement.classList.add(ANCHOR_LANDING_CLASS);
}

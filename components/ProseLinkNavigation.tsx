"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { layOutForAnchor } from "./anchor-landing";

/** The site-internal link an event happened on, if it sits in article prose (rendered as plain HTML). */
function proseLink(target: EventTarget | null): string | undefined {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  if (
    !(link instanceof HTMLAnchorElement) ||
    !link.closest(".prose") ||
    link.target ||
    link.hasAttribute("download")
  )
    return undefined;
  const href = link.getAttribute("href") ?? "";
  return href.startsWith("/") && !href.startsWith("//") ? href : undefined;
}

/**
 * Links in article prose are plain anchors (see <Markdown />). This gives them what a Next.js link does, for all of
 * them with one listener each: a click opens the page on the client, without reloading, and the reader's intent
 * (pointer over, touch, keyboard focus) fetches the page ahead. Modified clicks (new tab, download) stay the
 * browser's.
 */
export function ProseLinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const href = proseLink(event.target);
      if (!href) return;
      event.preventDefault();
      layOutForAnchor(href);
      router.push(href);
    };
    const onIntent = (event: Event) => {
      const href = proseLink(event.target);
      if (href) router.prefetch(href.split("#")[0] as string);
    };
    // On window, so that a link that handles its own click (a Next.js link) has done so first.
    window.addEventListener("click", onClick);
    for (const type of ["pointerover", "touchstart", "focusin"])
      document.addEventListener(type, onIntent, { passive: true });
    return () => {
      window.removeEventListener("click", onClick);
      for (const type of ["pointerover", "touchstart", "focusin"])
        document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}

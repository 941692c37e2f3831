"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { layOutForAnchor } from "./anchor-landing";
import { prefetchOnIntent } from "./prefetch-on-intent";

/** The site-internal link an event happened on, if it sits in a block of static HTML (<StaticHtml>). */
function staticLink(target: EventTarget | null): string | undefined {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  if (
    !(link instanceof HTMLAnchorElement) ||
    !link.closest("[data-html]") ||
    link.target ||
    link.hasAttribute("download")
  )
    return undefined;
  const href = link.getAttribute("href") ?? "";
  return href.startsWith("/") && !href.startsWith("//") ? href : undefined;
}

/**
 * Links in blocks of static HTML (<StaticHtml>: article prose, lists of articles) are plain anchors. This gives them
 * what a Next.js link does, with one listener for all of them, mounted once for the whole site (app/layout.tsx): a
 * click opens the page on the client, without reloading, and the reader's intent (pointer over, touch, keyboard
 * focus) fetches the page ahead where links prefetch (see prefetch-on-intent.ts). Modified clicks (new tab,
 * download) stay the browser's.
 */
export function StaticHtmlLinks() {
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
      const href = staticLink(event.target);
      if (!href) return;
      event.preventDefault();
      layOutForAnchor(href);
      router.push(href);
    };
    const onIntent = (event: Event) => {
      const href = staticLink(event.target);
      if (href) router.prefetch(href.split("#")[0] as string);
    };
    const intents = prefetchOnIntent ? ["pointerover", "touchstart", "focusin"] : [];
    // On window, so that a link that handles its own click (a Next.js link) has done so first.
    window.addEventListener("click", onClick);
    for (const type of intents) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      window.removeEventListener("click", onClick);
      for (const type of intents) document.removeEventListener(type, onIntent);
    };
  }, [router]);
  return null;
}

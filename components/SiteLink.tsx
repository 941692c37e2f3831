"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { layOutForAnchor } from "./anchor-landing";
import { prefetchOnIntent } from "./prefetch-on-intent";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link to a page of this site. Next.js prefetches every link as it scrolls into view: on an article that is
 * dozens of requests whose answers a phone parses on its main thread before the reader does anything. This link
 * fetches its page only when the reader shows the intent to open it (pointer over it, touch, keyboard focus), and
 * in a static export only when it is clicked (see prefetch-on-intent.ts).
 */
export function SiteLink({ href, onClick, ...props }: Props) {
  const router = useRouter();
  const prefetch = prefetchOnIntent ? () => router.prefetch(href) : undefined;
  return (
    <Link
      href={href}
      prefetch={false}
      onMouseEnter={prefetch}
      onTouchStart={prefetch}
      onFocus={prefetch}
      onClick={(event) => {
        layOutForAnchor(href);
        onClick?.(event);
      }}
      {...props}
    />
  );
}

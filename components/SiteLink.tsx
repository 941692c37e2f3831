"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { layOutForAnchor } from "./anchor-landing";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link to a page of this site. Next.js prefetches every link as it scrolls into view: on an article that is
 * dozens of requests whose answers a phone parses on its main thread before the reader does anything. This link
 * fetches its page only when the reader shows the intent to open it (pointer over it, touch, keyboard focus).
 */
export function SiteLink({ href, onClick, ...props }: Props) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
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

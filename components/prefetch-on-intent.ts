/**
 * Whether links fetch the next page's data when the reader shows the intent to open it (pointer over, touch,
 * keyboard focus). Under `next start` they do: the server answers Next's per-segment prefetch requests. A static
 * export keeps no per-segment prefetch files (scripts/light-pages.ts), so there links fetch a page's data (`x.txt`)
 * when clicked. Set at build time by next.config.ts.
 */
export const prefetchOnIntent = process.env.NEXT_PUBLIC_PREFETCH_ON_INTENT === "1";

import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { isStaticExport } from "./lib/build-mode";
import { articleRedirects } from "./lib/content";
import { headerRules } from "./lib/headers";
import { getSite } from "./lib/site";
import { resolveSiteUrl } from "./lib/site-url";

/**
 * `next build` makes the site that `next start` serves with its headers and redirects. `npm run export`
 * (NEXT_OUTPUT=export) writes the same pages as plain files to out/ for a CDN; headers and redirects are then the
 * host's job (docs/deploying.md), since an export cannot carry them.
 */
const staticExport = isStaticExport();

// Fail the build here, before any page is rendered, when SITE_URL is set but unusable; say once when the
// addresses fall back to localhost. (`npm run export` also requires it to be set: scripts/require-site-url.ts.)
const { notice } = resolveSiteUrl(process.env.SITE_URL);
if (notice && !process.env.SITE_URL_NOTICE_SHOWN) {
  process.env.SITE_URL_NOTICE_SHOWN = "1";
  console.warn(notice);
}

const nextConfig: NextConfig = {
  ...(staticExport
    ? { output: "export" }
    : {
        headers: async () => headerRules({ development: process.env.NODE_ENV === "development" }),
        // Old article addresses (front matter redirectFrom) answer 308 to the new one.
        redirects: async () => articleRedirects(getSite().articles),
      }),
  env: {
    // Links fetch the next page's data on the reader's intent through Next's per-segment prefetch requests, which
    // `next start` answers. The export does not keep those files (a route tree, each segment and the whole page
    // again, beside the page's own data: scripts/light-pages.ts), so there a click fetches the page's data, one
    // file instead of three requests one after another (components/prefetch-on-intent.ts).
    NEXT_PUBLIC_PREFETCH_ON_INTENT: staticExport ? "" : "1",
  },
  // One address per page: /articles/x/ redirects (308) to /articles/x.
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test` and CI), not a second time inside every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next uses one worker fewer than the cores (1 on a 2-core machine); page generation is most of a build, and
    // with the content store a worker only reads JSON, so every core renders pages.
    cpus: 2,
    // The stylesheet stays one linked, cached file (5 KB gzip). Inlined, Next put it in every page three times (the
    // <style> and twice in the page's payload: 64 KB raw per page), and Lighthouse's LCP and TBT on home, guide and
    // search were no better (docs/performance.md, "Inline or linked stylesheet").
    // (CSP: lib/headers.ts.)
    inlineCss: false,
    // The build's compiler cache is written after compiling, on the build's critical path; a clean build never
    // reads it, and editors see their edits through `npm run dev`.
    turbopackFileSystemCacheForBuild: false,
    // For every page Next gzips each segment of its payload to decide which small segments to inline into the
    // prefetch responses `next start` serves. The export keeps no prefetch files (see env above), so it skips the
    // measuring: about a twentieth of page generation (docs/performance.md, build speed).
    prefetchInlining: !staticExport,
  },
};

/**
 * Pages read the snapshot of content/ that the content pass writes (lib/site), and so does redirects() above:
 * `npm run build` and `npm run dev` write it first. `next start` checks it before serving and refuses to start
 * without it, naming `npm run build`, instead of failing page by page.
 */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER && !staticExport) getSite();
  return nextConfig;
}

import type { NextConfig } from "next";
import { articleRedirects, getSite } from "./lib/content";
import { headerRules } from "./lib/headers";

/**
 * `next build` makes the site that `next start` serves with its headers and redirects. `npm run export`
 * (NEXT_OUTPUT=export) writes the same pages as plain files to out/ for a CDN; headers and redirects are then the
 * host's job (README, "Deploying"), since an export cannot carry them.
 */
const staticExport = process.env.NEXT_OUTPUT === "export";

const nextConfig: NextConfig = {
  ...(staticExport
    ? { output: "export" }
    : {
        headers: async () => headerRules({ development: process.env.NODE_ENV === "development" }),
        // Old article addresses (front matter redirectFrom) answer 308 to the new one.
        redirects: async () => articleRedirects(getSite().articles),
      }),
  // One address per page: /articles/x/ redirects (308) to /articles/x.
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

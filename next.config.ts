import type { NextConfig } from "next";
import { resolveSiteUrl } from "./lib/site-url";

// Fail the build here, before any page is rendered, when SITE_URL is set but unusable; say once when the
// addresses fall back to localhost. (`npm run export` also requires it to be set: scripts/require-site-url.ts.)
const { notice } = resolveSiteUrl(process.env.SITE_URL);
if (notice && !process.env.SITE_URL_NOTICE_SHOWN) {
  process.env.SITE_URL_NOTICE_SHOWN = "1";
  console.warn(notice);
}

// A static export: the build is plain files that any CDN or static server can serve.
const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

import type { NextConfig } from "next";

// A static export: the build is plain files that any CDN or static server can serve.
// NEXT_OUTPUT=server builds for `next start` instead (the Lighthouse bench serves it that way).
const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === "server" ? undefined : "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

import type { NextConfig } from "next";

// A static export: the build is plain files that any CDN or static server can serve.
const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

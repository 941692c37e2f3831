import type { NextConfig } from "next";

// A static export: the build is plain files that any CDN or static server can serve.
const nextConfig: NextConfig = {
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (part of `npm test` and CI), not a second time inside every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next uses one worker fewer than the cores (1 on a 2-core machine); page generation is most of a build, and
    // with the content store a worker only reads JSON, so every core renders pages.
    cpus: 2,
    // The build's compiler cache is written after compiling, on the build's critical path; a clean build never
    // reads it, and editors see their edits through `npm run dev`.
    turbopackFileSystemCacheForBuild: false,
  },
};

export default nextConfig;

/** The public origin, for the sitemap and robots.txt. Operators set SITE_URL when they build for production. */
export const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

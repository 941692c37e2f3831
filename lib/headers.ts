/**
 * The HTTP headers the site is served with. next.config applies them under `next start`; a static host serving the
 * export must set the same ones (docs/deploying.md has a sample nginx config kept in step by a unit test).
 */

/**
 * Why each source is there (docs/deploying.md repeats this for operators):
 * - script-src 'unsafe-inline': every prerendered App Router page carries inline <script> tags with its React
 *   Server Components payload (self.__next_f.push). They differ per page and are only known after rendering, so
 *   they cannot be listed as hashes in a header fixed at build time, and a nonce would force per-request rendering.
 *   What keeps injected script out is that no HTML from Markdown reaches a page unsanitized.
 * - 'unsafe-eval' in development only: React's dev build uses eval for its debugging stacks.
 * - style-src 'self': the stylesheet is one linked file (next.config.ts says why it is not inlined) and no page has a
 *   style attribute or <style>, so an injected style has nowhere to come from; Markdown cannot carry either through
 *   the sanitizer anyway. 'unsafe-inline' in development only: Next's dev overlay injects its own styles.
 * - img-src data:: small images inlined as data: URLs (the favicon may be).
 * Everything else (fonts, fetches of the search index) is same-origin and covered by default-src 'self'.
 */
export function contentSecurityPolicy({ development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export interface HeaderRule {
  /** A Next.js `source` path pattern. */
  source: string;
  headers: { key: string; value: string }[];
}

/** Revalidated on every use: HTML and any file whose name stays the same when its content changes. */
export const revalidate = "public, max-age=0, must-revalidate";
/** Files whose name carries a hash of their content: a new version is a new address. */
export const immutable = "public, max-age=31536000, immutable";

/**
 * The search index's content-hashed files: `<kind>-<n>.<hex hash>.json` (the search index build names them). Only the
 * manifest keeps a fixed name; it is revalidated and points at the current hashed files.
 */
export const hashedSearchIndexFile = "/search-index/:file([\\w-]+\\.[0-9a-f]{8,}\\.json)";

/** Next's build output: file names carry content hashes (in development they do not, and are left alone). */
export const nextStaticFiles = "/_next/static/:path*";

/**
 * Every response gets the security headers and a revalidating cache policy; Next's static files and hashed
 * search-index files are immutable (a later rule overrides an earlier one for the same key, and a config rule would
 * otherwise override Next's own immutable header on /_next/static).
 */
export function headerRules({ development = false } = {}): HeaderRule[] {
  const hashed = development
    ? []
    : [{ source: nextStaticFiles, headers: [{ key: "Cache-Control", value: immutable }] }];
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        { key: "Cache-Control", value: revalidate },
      ],
    },
    ...hashed,
    { source: hashedSearchIndexFile, headers: [{ key: "Cache-Control", value: immutable }] },
  ];
}

/**
 * The public origin of the site (canonical addresses, sitemap, robots.txt, feed, Open Graph). Operators set
 * SITE_URL when they build for production; without it a local build keeps working on localhost.
 */

/** Where a local server answers: `next start` and `next dev` listen on PORT, 3000 when it is unset. */
export const localSiteUrl = (port: string | undefined = process.env.PORT): string =>
  `http://localhost:${port?.trim() || "3000"}`;

export class SiteUrlError extends Error {
  override name = "SiteUrlError";
}

export interface SiteUrlResolution {
  /** The origin, without a trailing slash. */
  url: string;
  /** Set when the site falls back to localhost: the one line to print. */
  notice?: string;
}

const example = "SITE_URL=https://example.cn";

/**
 * SITE_URL, checked. A set value must be an absolute https origin (no path, query or fragment: pages are
 * published at the root). `required` is the production export: there an unset value is an error too, so a
 * build never quietly publishes localhost addresses.
 */
export function resolveSiteUrl(
  value: string | undefined,
  { required = false, port = process.env.PORT }: { required?: boolean; port?: string } = {},
): SiteUrlResolution {
  const raw = value?.trim() ?? "";
  if (raw === "") {
    if (required) {
      throw new SiteUrlError(
        `SITE_URL: found no value, expected the public https address of the site for a production build, e.g. ${example} npm run export`,
      );
    }
    const local = localSiteUrl(port);
    return {
      url: local,
      notice: `SITE_URL is not set: addresses in the sitemap, feed and page metadata use ${local}. Set ${example} for production.`,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new SiteUrlError(
      `SITE_URL: found "${raw}", expected an absolute https address such as https://example.cn`,
    );
  }
  if (parsed.protocol !== "https:") {
    throw new SiteUrlError(
      `SITE_URL: found "${raw}" (${parsed.protocol.replace(":", "")}), expected an https address such as https://example.cn`,
    );
  }
  if (parsed.pathname !== "/" || parsed.search !== "" || parsed.hash !== "" || parsed.username !== "") {
    throw new SiteUrlError(
      `SITE_URL: found "${raw}", expected an origin only (scheme and host, e.g. https://example.cn): the site is published at the root`,
    );
  }
  return { url: parsed.origin };
}

/**
 * The origin pages use. next.config.ts has already resolved it (and failed the build on a bad value), so this
 * only falls back to localhost when SITE_URL is unset.
 */
export const siteOrigin = () => resolveSiteUrl(process.env.SITE_URL).url;

/** An absolute address on this site for a path such as /articles/x. */
export const absoluteUrl = (path: string) => `${siteOrigin()}${path}`;

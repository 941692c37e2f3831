/**
 * The first step of `npm run export` (the production build): stop with a clear message unless SITE_URL is a
 * valid https origin, so a production build never publishes localhost addresses.
 */
import { resolveSiteUrl, SiteUrlError } from "../lib/site-url";

try {
  const { url } = resolveSiteUrl(process.env.SITE_URL, { required: true });
  console.log(`SITE_URL ok: ${url}`);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(error.message);
  process.exit(1);
}

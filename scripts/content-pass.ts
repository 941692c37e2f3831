import { explainCodes, formatAuthorError, formatWarning } from "../lib/content/errors";
import { factCheckMaxAgeMonths } from "../lib/content/freshness";
import { runSitePass, type SitePass, type SitePassOptions } from "../lib/site/pass";

/**
 * Run the content pass and print its outcome: every warning, then every author error (then the meaning of each
 * code), or a one-line summary. FACT_CHECK_MAX_AGE_MONTHS (default 12) sets the age a fact check may reach.
 * Returns undefined when there were errors.
 */
export function runContentPass(options: Omit<SitePassOptions, "maxAgeMonths">): SitePass | undefined {
  let maxAgeMonths: number;
  try {
    maxAgeMonths = factCheckMaxAgeMonths(process.env.FACT_CHECK_MAX_AGE_MONTHS);
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
  const started = performance.now();
  const pass = runSitePass({ ...options, maxAgeMonths });
  const { articles, errors, warnings, stats } = pass;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  for (const warning of warnings) console.warn(formatWarning(warning));
  if (errors.length > 0) {
    for (const error of errors) console.error(formatAuthorError(error));
    console.error(`\n${explainCodes(errors).join("\n")}`);
    const files = new Set(errors.map((e) => e.file)).size;
    console.error(
      `\n${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"} (${seconds}s).`,
    );
    return undefined;
  }
  const warned =
    warnings.length > 0 ? `, ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}` : "";
  console.log(
    `content ok: ${articles.length} articles checked in ${seconds}s (${stats.parsed} parsed, ${stats.reused} from the content store)${warned}.`,
  );
  return pass;
}

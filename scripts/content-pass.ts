import { type AuthorError, explainCodes, formatAuthorError, formatWarning } from "../lib/content/errors";
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

  if (warnings.length > 0) console.warn(`${warningReport(warnings).join("\n")}\n`);
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

/** How many warnings of one code are printed; the rest are counted (a generated corpus can have thousands). */
export const warningsPrintedPerCode = 200;

/**
 * The warnings as printed: `warning: <file:line …>` for each (at most warningsPrintedPerCode of a code, then a line
 * saying how many more there are), the meaning of each code, and the count by code.
 */
export function warningReport(warnings: readonly AuthorError[], limit = warningsPrintedPerCode): string[] {
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const warning of warnings) {
    const count = (seen.get(warning.code) ?? 0) + 1;
    seen.set(warning.code, count);
    if (count <= limit) lines.push(formatWarning(warning));
  }
  for (const [code, count] of seen) {
    if (count > limit) lines.push(`warning: ${count - limit} more [${code}] warnings not printed`);
  }
  const counts = [...seen].map(([code, count]) => `${count} ${code}`).join(", ");
  return [
    ...lines,
    "",
    ...explainCodes(warnings),
    "",
    `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}: ${counts}.`,
  ];
}

import type { ContentTree } from "../lib/content/article";
import { type AuthorError, explainCodes, formatAuthorError } from "../lib/content/errors";
import { factCheckMaxAgeMonths, staleArticles } from "../lib/content/freshness";
import { type LoadOptions, loadContent } from "../lib/content/load";
import { hasRuleData, loadRuleData } from "../lib/rules/load";

/**
 * Run the content pass and print its outcome: the warnings (near-copy sentences, rules being phased in; see
 * warningReport), a warning for every article whose fact check is older than
 * FACT_CHECK_MAX_AGE_MONTHS (default 12), then every author error (then the meaning of each code), or a one-line
 * summary. Returns undefined when there were errors.
 */
export function runContentPass(options: LoadOptions): ContentTree | undefined {
  let maxAgeMonths: number;
  try {
    maxAgeMonths = factCheckMaxAgeMonths(process.env.FACT_CHECK_MAX_AGE_MONTHS);
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
  const started = performance.now();
  const tree = loadContent(options);
  const { articles, stats } = tree;
  // The rule data (planner, finder, lifecycle) refers to taxonomy ids and articles, so it is checked with them.
  // A tree without any rule data (articles only) skips it; one file without the other is reported as missing.
  const errors = [
    ...tree.errors,
    ...(hasRuleData(options.root)
      ? loadRuleData(options.root, {
          licenceIds: tree.taxonomy.data.licences.map((l) => l.id),
          articleSlugs: articles.map((a) => a.slug),
          anchorsOf: (slug) => articles.find((a) => a.slug === slug)?.headings.map((h) => h.id) ?? [],
        }).errors
      : []),
  ];
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  const { warnings } = tree;
  if (warnings.length > 0) console.warn(`${warningReport(warnings).join("\n")}\n`);
  const stale = staleArticles(articles, { today: new Date(), maxAgeMonths });
  for (const article of stale) {
    console.warn(
      `warning: ${article.file} factChecked: found ${article.factChecked}, older than ${maxAgeMonths} months: check "${article.title}" against its sources again and update factChecked`,
    );
  }
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
    stale.length > 0 ? `, ${stale.length} with a fact check older than ${maxAgeMonths} months` : "";
  console.log(
    `content ok: ${articles.length} articles checked in ${seconds}s (${stats.parsed} parsed, ${stats.reused} from the content store)${warned}.`,
  );
  return tree;
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
    if (count <= limit) lines.push(`warning: ${formatAuthorError(warning)}`);
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

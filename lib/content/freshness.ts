import type { Article } from "./article";
import type { AuthorError } from "./errors";
import { lineOf, type ParsedFile } from "./parsed-file";
import type { ArticleChange } from "./schema";

/** How old a fact check may get before `npm run check` warns, unless FACT_CHECK_MAX_AGE_MONTHS says otherwise. */
export const defaultFactCheckMaxAgeMonths = 12;

/** FACT_CHECK_MAX_AGE_MONTHS, checked: a whole number of months, at least 1. */
export function factCheckMaxAgeMonths(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return defaultFactCheckMaxAgeMonths;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(
      `FACT_CHECK_MAX_AGE_MONTHS: found "${value}", expected a whole number of months such as 12`,
    );
  }
  return months;
}

/** The calendar day `months` months before `today` (YYYY-MM-DD, UTC), clamped to the month's last day. */
export function monthsBefore(today: Date, months: number): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/**
 * A warning for every article whose facts were last checked before the cut-off, oldest check first: the build
 * still publishes it, but the editors are told to check it against its sources again.
 */
export function staleFactChecks(
  files: readonly ParsedFile[],
  { today, maxAgeMonths }: { today: Date; maxAgeMonths: number },
): AuthorError[] {
  const cutoff = monthsBefore(today, maxAgeMonths);
  return files
    .flatMap((file) => (file.front && file.front.factChecked < cutoff ? [{ file, front: file.front }] : []))
    .sort(
      (a, b) =>
        a.front.factChecked.localeCompare(b.front.factChecked) || a.file.file.localeCompare(b.file.file),
    )
    .map(({ file, front }) => ({
      code: "stale-fact-check",
      file: file.file,
      line: lineOf(file, "factChecked"),
      field: "factChecked",
      found: JSON.stringify(front.factChecked),
      expected: `a fact check within the last ${maxAgeMonths} months`,
      hint: `check "${front.title}" against its sources again, then update factChecked`,
    }));
}

/** Dated things newest first; the same day keeps the order `tie` gives (stable otherwise). */
export function newestFirst<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  tie: (a: T, b: T) => number = () => 0,
): T[] {
  return [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || tie(a, b));
}

/** The latest recorded change of an article, if it records any. */
export const latestChange = (changes: readonly ArticleChange[]): ArticleChange | undefined =>
  newestFirst(changes, (change) => change.date)[0];

export interface DatedChange extends ArticleChange {
  article: Article;
}

/** Every article's recorded changes, newest first (same day: by article title). */
export function recentChanges(articles: Article[], limit: number): DatedChange[] {
  return newestFirst(
    articles.flatMap((article) => article.changes.map((change) => ({ ...change, article }))),
    (change) => change.date,
    (a, b) => a.article.title.localeCompare(b.article.title, "zh-CN"),
  ).slice(0, limit);
}

import type { Article } from "./load";
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

export interface StaleArticle {
  file: string;
  title: string;
  factChecked: string;
}

/** Articles whose facts were last checked before the cut-off, oldest check first. */
export function staleArticles(
  articles: Article[],
  { today, maxAgeMonths }: { today: Date; maxAgeMonths: number },
) {
  const cutoff = monthsBefore(today, maxAgeMonths);
  return articles
    .filter((article) => article.factChecked < cutoff)
    .sort((a, b) => a.factChecked.localeCompare(b.factChecked) || a.file.localeCompare(b.file))
    .map(({ file, title, factChecked }): StaleArticle => ({ file, title, factChecked }));
}

export interface DatedChange extends ArticleChange {
  article: Article;
}

/** Every article's recorded changes, newest first (same day: by article title). */
export function recentChanges(articles: Article[], limit: number): DatedChange[] {
  return articles
    .flatMap((article) => article.changes.map((change) => ({ ...change, article })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.article.title.localeCompare(b.article.title, "zh-CN"))
    .slice(0, limit);
}

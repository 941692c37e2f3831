/**
 * Calendar dates for the renewal plan. A date is a plain "YYYY-MM-DD" string and all arithmetic is done on UTC
 * midnights, so the machine's time zone never shifts a day; "today" is read in Asia/Shanghai, where the rules apply.
 */
import type { Rules } from "./schema";

export type PlainDate = string;

export const ruleTimeZone = "Asia/Shanghai";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD, or undefined. */
export function parsePlainDate(text: string | null | undefined): PlainDate | undefined {
  const match = datePattern.exec(text ?? "");
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? (text as PlainDate)
    : undefined;
}

const toUtc = (date: PlainDate) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): PlainDate => new Date(ms).toISOString().slice(0, 10);
const dayMs = 86_400_000;

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromUtc(toUtc(date) + days * dayMs);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / dayMs);
}

/** The same day some months later (or earlier); a day the month lacks becomes its last day (31 Aug − 6 months = 28/29 Feb). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return fromUtc(first.getTime());
}

export function addYears(date: PlainDate, years: number): PlainDate {
  return addMonths(date, years * 12);
}

/** Today's date in Asia/Shanghai at the instant `now`, whatever time zone the machine is set to. */
export function todayInShanghai(now: Date = new Date()): PlainDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ruleTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "2027年4月1日" */
export function formatChineseDate(date: PlainDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export type PlanStatus = "in-time" | "inside-window" | "expired";

export interface RenewalPlan {
  expiry: PlainDate;
  today: PlainDate;
  /** The last day to file the extension: expiry minus the rule's days. */
  latestFiling: PlainDate;
  /** Advice, not a rule: when to start preparing. */
  suggestedStart: PlainDate;
  /** Every annual-report deadline from today up to the expiry date. */
  annualReports: PlainDate[];
  status: PlanStatus;
  /** Days from today to the latest filing date (negative once it has passed). */
  daysToLatestFiling: number;
}

/** The expiry a licence issued on `issued` has under the validity rule (the printed date on the licence governs). */
export function expiryFromIssue(rules: Pick<Rules, "validity">, issued: PlainDate): PlainDate {
  return addYears(issued, rules.validity.years);
}

/** The dated plan for a licence that expires on `expiry`, seen from `today`. */
export function renewalPlan(
  rules: Pick<Rules, "renewal" | "suggestedStart" | "annualReport">,
  expiry: PlainDate,
  today: PlainDate,
): RenewalPlan {
  const latestFiling = addDays(expiry, -rules.renewal.daysBeforeExpiry);
  const suggestedStart = addMonths(expiry, -rules.suggestedStart.monthsBeforeExpiry);
  const { month, day } = rules.annualReport;
  const annualReports: PlainDate[] = [];
  const firstYear = Number(today.slice(0, 4));
  const lastYear = Number(expiry.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const deadline = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (deadline >= today && deadline <= expiry) annualReports.push(deadline);
  }
  const status: PlanStatus = today > expiry ? "expired" : today > latestFiling ? "inside-window" : "in-time";
  return {
    expiry,
    today,
    latestFiling,
    suggestedStart,
    annualReports,
    status,
    daysToLatestFiling: daysBetween(today, latestFiling),
  };
}

import type { RenewalPlan } from "./dates";
import type { CalendarEvent } from "./ics";
import type { Rules } from "./schema";

/** How the source of a rule reads in one line: 《…》第二十七条（条号据转引）. */
export function citeSource(source: { title: string; article?: string; note?: string }): string {
  return `${source.title}${source.article ?? ""}${source.note ? `（${source.note}）` : ""}`;
}

/** The plan's dates as calendar events, each linking back to the guide. */
export function planEvents(
  plan: RenewalPlan,
  rules: Pick<Rules, "renewal" | "suggestedStart" | "annualReport">,
  licence: { id: string; label: string },
  guideUrl: string,
): CalendarEvent[] {
  const uid = (kind: string, date: string) => `${kind}-${licence.id}-${date}@xukezheng-zhinan`;
  const events: CalendarEvent[] = [];
  if (plan.suggestedStart >= plan.today)
    events.push({
      uid: uid("start", plan.suggestedStart),
      date: plan.suggestedStart,
      summary: `建议开始准备续期：${licence.label}`,
      description: `建议（非法定期限）：${rules.suggestedStart.text}`,
      url: guideUrl,
      remindDaysBefore: 7,
    });
  if (plan.latestFiling >= plan.today)
    events.push({
      uid: uid("filing", plan.latestFiling),
      date: plan.latestFiling,
      summary: `最晚提交延续申请：${licence.label}`,
      description: `${rules.renewal.text}依据：${citeSource(rules.renewal.source)}。${rules.renewal.counting}`,
      url: guideUrl,
      remindDaysBefore: 30,
    });
  for (const date of plan.annualReports)
    events.push({
      uid: uid("annual-report", date),
      date,
      summary: `年报截止：${licence.label}`,
      description: `${rules.annualReport.text}依据：${citeSource(rules.annualReport.source)}。`,
      url: guideUrl,
      remindDaysBefore: 14,
    });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

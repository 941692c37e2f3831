import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { rulesFile } from "./load";
import { type Rules, rulesSchema } from "./schema";

/**
 * The numbers of the date rules that an article may write as {{rules.<path>}}, e.g. {{rules.renewal.daysBeforeExpiry}}
 * → 90, so that a corrected rule changes the articles, the planner and the figure at once.
 */
export function ruleValueTable(rules: Rules): Map<string, string> {
  const values = new Map<string, string>([
    ["validity.years", String(rules.validity.years)],
    ["renewal.daysBeforeExpiry", String(rules.renewal.daysBeforeExpiry)],
    ["suggestedStart.monthsBeforeExpiry", String(rules.suggestedStart.monthsBeforeExpiry)],
    ["annualReport.month", String(rules.annualReport.month)],
    ["annualReport.day", String(rules.annualReport.day)],
    ["decision.days", String(rules.decision.days)],
  ]);
  for (const change of rules.changes) values.set(`changes.${change.id}.days`, String(change.days));
  return values;
}

/**
 * The value table of content/rules.yaml under `root`, or undefined when the file is missing or wrong (the rule data
 * check reports that; placeholders are then left alone rather than reported once per article).
 */
export function readRuleValues(root: string): Map<string, string> | undefined {
  const file = path.join(root, rulesFile);
  if (!existsSync(file)) return undefined;
  try {
    const result = rulesSchema.safeParse(parse(readFileSync(file, "utf8")));
    return result.success ? ruleValueTable(result.data) : undefined;
  } catch {
    return undefined;
  }
}

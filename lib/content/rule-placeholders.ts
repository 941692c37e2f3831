import { didYouMean } from "./suggest";

/**
 * Rule numbers in article bodies: an editor writes {{rules.renewal.daysBeforeExpiry}} and the content pass fills in the
 * value from content/rules.yaml (read by lib/rules/values.ts and handed in), so that a corrected rule changes the
 * articles, the planner and the figure at once.
 */

/** The values a body may name, by path (e.g. "renewal.daysBeforeExpiry" → "90"). */
export type RuleValues = ReadonlyMap<string, string>;

export interface RuleValueProblem {
  /** 1-based line within the text given. */
  line: number;
  found: string;
  expected: string;
  hint?: string;
}

const placeholder = /\{\{\s*rules\.([^{}\s]*)\s*\}\}/g;

/** Replace each {{rules.<path>}} in Markdown with its value; unknown paths are reported with their line. */
export function fillRuleValues(
  markdown: string,
  values: RuleValues | undefined,
): { text: string; problems: RuleValueProblem[] } {
  if (!values) return { text: markdown, problems: [] };
  const problems: RuleValueProblem[] = [];
  const text = markdown.replace(placeholder, (whole, key: string, index: number) => {
    const value = values.get(key);
    if (value !== undefined) return value;
    problems.push({
      line: markdown.slice(0, index).split("\n").length,
      found: JSON.stringify(whole),
      expected: "{{rules.<name>}} with a name from content/rules.yaml",
      hint: didYouMean(key, [...values.keys()]),
    });
    return whole;
  });
  return { text, problems };
}

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** What every page is held to: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const standardTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * axe's violations on the page as it is now, one line each (rule: the elements it found), so a failure reads as a
 * list of what to fix. `rules: "all"` runs axe's whole default rule set instead of the standard tags.
 */
export async function axeViolations(page: Page, { rules = "standard" }: { rules?: "standard" | "all" } = {}) {
  const builder = new AxeBuilder({ page });
  const results = await (rules === "standard" ? builder.withTags(standardTags) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatWarning } from "@/lib/content/errors";
import { factCheckMaxAgeMonths, monthsBefore, recentChanges } from "@/lib/content/freshness";
import { runSitePass } from "@/lib/site/pass";
import { article, loadTree, writeTree } from "../support/content-tree";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const checked = (date: string) => article("正文。", { "factChecked: 2026-11-29": `factChecked: ${date}` });
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function runCheck(root: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    path.join(projectRoot, "node_modules", ".bin", "tsx"),
    [path.join(projectRoot, "scripts", "check-content.ts"), root],
    { encoding: "utf8", env: { ...process.env, ...env } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The script runs in its own process (a few seconds each on a busy machine).
const scriptTimeout = 60_000;

describe("articles whose facts have not been checked for a long time are flagged", () => {
  it("counts months back on the calendar, clamping to the end of a shorter month", () => {
    expect(monthsBefore(new Date("2026-12-01T03:00:00Z"), 12)).toBe("2025-12-01");
    expect(monthsBefore(new Date("2026-03-31T00:00:00Z"), 1)).toBe("2026-02-28");
    expect(monthsBefore(new Date("2026-01-15T00:00:00Z"), 14)).toBe("2024-11-15");
  });

  it("warns about the articles checked before the cut-off, oldest first, at their factChecked line", () => {
    const root = writeTree({
      "fresh.md": checked("2025-12-01"),
      "old.md": checked("2025-11-30"),
      "older.md": checked("2024-06-01"),
    });
    const { warnings, errors } = runSitePass({
      root,
      today: new Date("2026-12-01T00:00:00Z"),
      maxAgeMonths: 12,
    });
    expect(errors).toEqual([]);
    expect(warnings.map(formatWarning)).toEqual([
      'warning: content/articles/older.md:9 factChecked: found "2024-06-01", expected a fact check within the last 12 months (check "测试指南" against its sources again, then update factChecked) [stale-fact-check]',
      'warning: content/articles/old.md:9 factChecked: found "2025-11-30", expected a fact check within the last 12 months (check "测试指南" against its sources again, then update factChecked) [stale-fact-check]',
    ]);
  });

  it("reads the age from FACT_CHECK_MAX_AGE_MONTHS, 12 by default, and rejects a value that is not a month count", () => {
    expect(factCheckMaxAgeMonths(undefined)).toBe(12);
    expect(factCheckMaxAgeMonths("6")).toBe(6);
    expect(() => factCheckMaxAgeMonths("half a year")).toThrow(
      'FACT_CHECK_MAX_AGE_MONTHS: found "half a year", expected a whole number of months such as 12',
    );
    expect(() => factCheckMaxAgeMonths("0")).toThrow(/expected a whole number of months/);
  });

  it(
    "makes npm run check print a warning naming each stale article, and still pass",
    () => {
      const root = writeTree({
        "stale-guide.md": checked("2020-01-15"),
        "fresh-guide.md": checked(isoDay(new Date())),
      });
      const { status, stdout, stderr } = runCheck(root);
      expect(status).toBe(0);
      expect(stderr).toContain(
        'warning: content/articles/stale-guide.md:9 factChecked: found "2020-01-15", expected a fact check within the last 12 months (check "测试指南" against its sources again, then update factChecked) [stale-fact-check]',
      );
      expect(stderr).not.toContain("fresh-guide.md");
      expect(stdout).toContain("content ok: 2 articles checked");
      expect(stdout).toContain(", 1 warning.");
    },
    scriptTimeout,
  );

  it(
    "uses the configured age",
    () => {
      const fiveMonthsAgo = isoDay(new Date(Date.now() - 150 * 24 * 3600 * 1000));
      const root = writeTree({ "recent.md": checked(fiveMonthsAgo) });
      expect(runCheck(root).stderr).not.toContain("warning:");
      expect(runCheck(root, { FACT_CHECK_MAX_AGE_MONTHS: "3" }).stderr).toContain(
        "warning: content/articles/recent.md:9 factChecked",
      );
    },
    scriptTimeout,
  );
});

describe("editors record changes readers should know about", () => {
  const withChanges = (changes: string) =>
    article("正文。", { "related: []": `related: []\nchanges:\n${changes}` });

  it("lists every article's changes newest first", () => {
    const { articles, messages } = loadTree({
      "a.md": withChanges(
        "  - date: 2026-03-01\n    note: 补充出处\n  - date: 2026-11-01\n    note: 改正期限",
      ),
      "b.md": withChanges("  - date: 2026-06-01\n    note: 新增常见问题"),
    });
    expect(messages).toEqual([]);
    expect(recentChanges(articles, 10).map((c) => [c.date, c.article.slug, c.note])).toEqual([
      ["2026-11-01", "a", "改正期限"],
      ["2026-06-01", "b", "新增常见问题"],
      ["2026-03-01", "a", "补充出处"],
    ]);
    expect(recentChanges(articles, 2)).toHaveLength(2);
  });

  it("reports a change without a real date or without a line, at its line", () => {
    const { messages } = loadTree({
      "x.md": withChanges("  - date: 2026-13-01\n    note: 改正\n  - date: 2026-03-01\n    note: ''"),
    });
    expect(messages).toEqual([
      'content/articles/x.md:15 changes[0].date: found "2026-13-01", expected a real calendar date [invalid-field]',
      'content/articles/x.md:18 changes[1].note: found "", expected one line saying what changed [invalid-field]',
    ]);
  });
});

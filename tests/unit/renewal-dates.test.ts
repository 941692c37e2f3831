import { afterEach, describe, expect, it } from "vitest";
import { addMonths, expiryFromIssue, parsePlainDate, renewalPlan, todayInShanghai } from "@/lib/rules/dates";
import { loadRules } from "../support/rules";

const rules = loadRules();

describe("the renewal plan", () => {
  it("puts the latest filing date 90 days before expiry (the issue's own example)", () => {
    const plan = renewalPlan(rules, "2027-06-30", "2026-12-01");
    expect(plan.latestFiling).toBe("2027-04-01");
    expect(plan.annualReports).toEqual(["2027-03-31"]);
    expect(plan.status).toBe("in-time");
  });

  it("lists every 31 March from today up to the expiry date", () => {
    const plan = renewalPlan(rules, "2029-03-31", "2026-04-01");
    expect(plan.annualReports).toEqual(["2027-03-31", "2028-03-31", "2029-03-31"]);
  });

  it("includes this year's report when today is the deadline itself", () => {
    expect(renewalPlan(rules, "2028-01-10", "2027-03-31").annualReports).toEqual(["2027-03-31"]);
  });

  it("counts back across a year end", () => {
    expect(renewalPlan(rules, "2027-01-15", "2026-06-01").latestFiling).toBe("2026-10-17");
  });

  it("counts back across 29 February in a leap year", () => {
    // 90 days back from 1 May reach 1 February in a leap year (29 days in February), 31 January otherwise.
    expect(renewalPlan(rules, "2028-05-01", "2026-01-01").latestFiling).toBe("2028-02-01");
    expect(renewalPlan(rules, "2027-05-01", "2026-01-01").latestFiling).toBe("2027-01-31");
  });

  it("is still in time on the latest filing date, inside the window the day after", () => {
    expect(renewalPlan(rules, "2027-06-30", "2027-04-01").status).toBe("in-time");
    const late = renewalPlan(rules, "2027-06-30", "2027-04-02");
    expect(late.status).toBe("inside-window");
    expect(late.daysToLatestFiling).toBe(-1);
  });

  it("is still inside the window on the expiry date and expired the day after", () => {
    expect(renewalPlan(rules, "2027-06-30", "2027-06-30").status).toBe("inside-window");
    expect(renewalPlan(rules, "2027-06-30", "2027-07-01").status).toBe("expired");
  });

  it("suggests a start six months ahead, clamped to the end of a short month", () => {
    expect(renewalPlan(rules, "2027-06-30", "2026-01-01").suggestedStart).toBe("2026-12-30");
    expect(renewalPlan(rules, "2028-08-31", "2026-01-01").suggestedStart).toBe("2028-02-29");
  });
});

describe("dates", () => {
  it("fills the expiry in from the issue date by the 5-year rule, 29 February becoming 28 February", () => {
    expect(expiryFromIssue(rules, "2022-07-01")).toBe("2027-07-01");
    expect(expiryFromIssue(rules, "2024-02-29")).toBe("2029-02-28");
  });

  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(parsePlainDate("2028-02-29")).toBe("2028-02-29");
    expect(parsePlainDate("2027-02-29")).toBeUndefined();
    expect(parsePlainDate("2027-6-30")).toBeUndefined();
    expect(parsePlainDate("")).toBeUndefined();
    expect(parsePlainDate(null)).toBeUndefined();
  });

  it("adds months across year ends", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2027-01-31", -2)).toBe("2026-11-30");
  });
});

describe("today in Asia/Shanghai", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it("is already the next day in Shanghai when it is evening in New York", () => {
    process.env.TZ = "America/New_York";
    // 31 Dec 2026 20:30 in New York is 1 Jan 2027 09:30 in Shanghai.
    const now = new Date("2027-01-01T01:30:00Z");
    expect(now.getDate()).toBe(31);
    expect(todayInShanghai(now)).toBe("2027-01-01");
  });

  it("is still the same day in Shanghai just before its midnight, seen from Kiribati", () => {
    process.env.TZ = "Pacific/Kiritimati";
    const now = new Date("2027-03-31T15:59:00Z"); // 23:59 on 31 March in Shanghai
    expect(todayInShanghai(now)).toBe("2027-03-31");
    expect(renewalPlan(rules, "2028-01-10", todayInShanghai(now)).annualReports).toContain("2027-03-31");
  });

  it("does not shift plan dates when the machine's time zone is west of UTC", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(renewalPlan(rules, "2027-06-30", "2026-12-01").latestFiling).toBe("2027-04-01");
  });
});

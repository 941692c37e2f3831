import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renewalPlan } from "@/lib/rules/dates";
import { buildCalendar, foldLine } from "@/lib/rules/ics";
import { planEvents } from "@/lib/rules/plan-events";
import { loadRules } from "../support/rules";

const rules = loadRules();
const guideUrl = "https://example.cn/articles/value-added-licence-renewal";
const now = new Date("2026-12-01T03:04:05Z");

function calendarFor(expiry: string, today: string) {
  const plan = renewalPlan(rules, expiry, today);
  const events = planEvents(plan, rules, { id: "b25", label: "B25 信息服务业务" }, guideUrl);
  return buildCalendar(events, now, "许可证续期计划");
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    const alarm = vevent.getFirstSubcomponent("valarm");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: start.toString(),
      allDay: start.isDate,
      stamp: (vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toString(),
      url: vevent.getFirstPropertyValue("url"),
      trigger: alarm?.getFirstPropertyValue("trigger")?.toString(),
      action: alarm?.getFirstPropertyValue("action"),
    };
  });
}

describe("the calendar file", () => {
  it("is accepted by ical.js with all-day events for the start, the filing deadline and each annual report", () => {
    const events = parse(calendarFor("2027-06-30", "2026-12-01"));
    expect(events.map((e) => [e.start, e.allDay])).toEqual([
      ["2026-12-30", true],
      ["2027-03-31", true],
      ["2027-04-01", true],
    ]);
    const filing = events.find((e) => e.start === "2027-04-01");
    expect(filing?.summary).toBe("最晚提交延续申请：B25 信息服务业务");
    expect(filing?.description).toContain("第二十七条");
    expect(filing?.description).toContain(guideUrl);
    expect(filing?.url).toBe(guideUrl);
  });

  it("gives every event a unique UID, a DTSTAMP in UTC and a display reminder ahead of time", () => {
    const events = parse(calendarFor("2029-06-30", "2026-12-01"));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.stamp).toBe("2026-12-01T03:04:05Z");
      expect(event.action).toBe("DISPLAY");
      expect(event.trigger).toMatch(/^-P\d+D$/);
    }
  });

  it("ends every line with CRLF and folds lines at 75 octets without splitting a character", () => {
    const text = calendarFor("2027-06-30", "2026-12-01");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding gives the Chinese text back whole.
    expect(text.replace(/\r\n /g, "")).toContain("有效期届满需要继续经营的");
  });

  it("folds a long line into continuation lines that start with a space", () => {
    const folded = foldLine(`DESCRIPTION:${"许".repeat(40)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it("escapes commas, semicolons and newlines in text", () => {
    const events = parse(
      buildCalendar(
        [
          {
            uid: "x@y",
            date: "2027-01-01",
            summary: "a, b; c",
            description: "one\ntwo",
            url: guideUrl,
            remindDaysBefore: 1,
          },
        ],
        now,
        "t",
      ),
    );
    expect(events[0]?.summary).toBe("a, b; c");
    expect(events[0]?.description).toBe(`one\ntwo\n${guideUrl}`);
  });

  it("leaves out dates that have already passed", () => {
    const events = parse(calendarFor("2027-06-30", "2027-04-15"));
    expect(events.map((e) => e.start)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { axeViolations } from "../support/axe";

// Plans are relative to today; fix today at 1 December 2026 in Shanghai (a winter evening in New York).
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T02:00:00Z"));
});

test("a shared address shows the latest filing date with its source and the annual report before it", async ({
  page,
}) => {
  await page.goto("/tools/renewal-planner?licence=b25&expiry=2027-06-30");
  const filing = page.getByTestId("latest-filing");
  await expect(filing).toContainText("2027年4月1日");
  await expect(filing).toContainText("最晚提交延续申请");
  await expect(filing).toContainText("第二十七条");
  await expect(filing).toContainText("以发证机关的口径为准");
  const plan = page.getByRole("region", { name: "续期计划" });
  await expect(plan.getByRole("listitem").filter({ hasText: "年报截止" })).toHaveText(/2027年3月31日/);
  await expect(plan.getByRole("listitem").filter({ hasText: "建议开始准备" })).toContainText("不是法定期限");
  await expect(page.getByLabel("许可证业务")).toHaveValue("b25");
});

test("加入日历 downloads a calendar that a real iCalendar parser reads", async ({ page }) => {
  await page.goto("/tools/renewal-planner?licence=b25&expiry=2027-06-30");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "加入日历" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("renewal-b25-2027-06-30.ics");
  const text = readFileSync((await download.path()) as string, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.startDate.toString())).toEqual(["2026-12-30", "2027-03-31", "2027-04-01"]);
  expect(events.every((e) => e.startDate.isDate)).toBe(true);
  expect(events[2]?.description).toMatch(/\/articles\/value-added-licence-renewal$/);
});

test("the form computes a plan, fills the expiry in from the issue date and puts the inputs in the address", async ({
  page,
}) => {
  await page.goto("/tools/renewal-planner");
  await page.getByLabel("许可证业务").selectOption("b21");
  await page.getByLabel("发证日期（可选）").fill("2024-02-29");
  await expect(page.getByLabel("有效期届满日")).toHaveValue("2029-02-28");
  await page.getByRole("button", { name: "生成计划" }).click();
  await expect(page).toHaveURL(/\?licence=b21&expiry=2029-02-28$/);
  await expect(page.getByTestId("latest-filing")).toContainText("2028年11月30日");
});

test("a missing expiry date is reported next to the field", async ({ page }) => {
  await page.goto("/tools/renewal-planner");
  await page.getByRole("button", { name: "生成计划" }).click();
  const field = page.getByLabel("有效期届满日");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/请填写有效期届满日/);
});

test("inside 90 days the plan warns and links to the question that says what to do", async ({ page }) => {
  await page.goto("/tools/renewal-planner?licence=b25&expiry=2027-01-31");
  const warning = page.getByRole("note");
  await expect(warning).toContainText("已不足90日");
  await expect(warning.getByRole("link")).toHaveAttribute(
    "href",
    "/articles/value-added-licence-renewal#expired-licence",
  );
});

test("an expired licence gets the expiry warning and no calendar", async ({ page }) => {
  await page.goto("/tools/renewal-planner?licence=b25&expiry=2026-11-30");
  await expect(page.getByRole("note")).toContainText("不能再申请延续");
  await expect(page.getByRole("button", { name: "加入日历" })).toHaveCount(0);
});

test("the compact form on the renewal guide opens the planner with the plan in the address", async ({
  page,
}) => {
  await page.goto("/articles/value-added-licence-renewal");
  const form = page.getByRole("region", { name: "算一算你的续期日期" });
  await form.getByLabel("许可证业务").selectOption("b25");
  await form.getByLabel("有效期届满日").fill("2027-06-30");
  await form.getByRole("button", { name: "生成续期计划" }).click();
  await expect(page).toHaveURL(/\/tools\/renewal-planner\?licence=b25&expiry=2027-06-30$/);
  await expect(page.getByTestId("latest-filing")).toContainText("2027年4月1日");
});

test("the lifecycle figure has a text alternative on the home page and the renewal guide", async ({
  page,
}) => {
  for (const path of ["/", "/articles/value-added-licence-renewal"]) {
    await page.goto(path);
    const figure = page.getByRole("img", { name: "许可证生命周期" });
    await expect(figure).toBeVisible();
    await expect(figure.locator("desc")).toContainText("届满前90日：最晚提交延续申请");
  }
});

test("axe finds no violations with a plan and its warning shown", async ({ page }) => {
  await page.goto("/tools/renewal-planner?licence=b25&expiry=2027-01-31");
  await expect(page.getByTestId("latest-filing")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("on a machine set to Los Angeles time", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("today is still Shanghai's date (already 1 December there, 30 November here)", async ({ page }) => {
    await page.goto("/tools/renewal-planner?licence=b25&expiry=2026-12-01");
    expect(await page.evaluate(() => new Date().getDate())).toBe(30);
    await expect(page.getByRole("region", { name: "续期计划" })).toContainText(
      "今天（北京时间）是 2026年12月1日",
    );
    await expect(page.getByRole("note")).toContainText("已不足90日");
  });
});

import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";

test("a website charging for information in one province needs B25 (ICP) from the provincial authority", async ({
  page,
}) => {
  await page.goto("/tools/licence-finder");
  await page.getByRole("radio", { name: /网站或App收费提供信息/ }).check();
  await page.getByRole("radio", { name: "只在一个省（区、市）" }).check();
  await page.getByRole("radio", { name: "没有外国投资者" }).check();
  const answer = page.getByRole("region", { name: "结果" });
  await expect(answer.getByRole("link", { name: /B25 信息服务业务（ICP/ })).toHaveAttribute(
    "href",
    "/licences/b25",
  );
  await expect(answer).toContainText("由该省、自治区、直辖市通信管理局审批");
  await expect(answer).toContainText("《互联网信息服务管理办法》第三条、第四条");
  await expect(answer).toContainText("《中华人民共和国电信条例》第九条第二款");
  await expect(page).toHaveURL(/activity=paid-information&scope=one-province&foreign=no/);
});

test("a data centre across the country needs B11 from the ministry", async ({ page }) => {
  await page.goto("/tools/licence-finder");
  await page.getByRole("radio", { name: /数据中心/ }).check();
  await page.getByRole("radio", { name: "两个以上省（区、市）或全国" }).check();
  const answer = page.getByRole("region", { name: "结果" });
  await expect(answer.getByRole("link", { name: /B11 互联网数据中心业务/ })).toBeVisible();
  await expect(answer).toContainText("由工业和信息化部审批");
  await expect(answer).toContainText("《电信业务分类目录（2015年版）》");
  await expect(answer).toContainText("《中华人民共和国电信条例》第九条第二款");
});

test("the seed question on an online fitness course platform is answered through the finder", async ({
  page,
}) => {
  await page.goto("/tools/licence-finder?activity=paid-information&scope=several-provinces");
  const answer = page.getByRole("region", { name: "结果" });
  await expect(page.getByRole("radio", { name: /网络健身课程/ })).toBeChecked();
  await expect(answer).toContainText("须取得信息服务业务（仅限互联网信息服务）许可");
  await expect(answer).toContainText("B21在线数据处理与交易处理业务");
  await expect(answer.getByRole("link", { name: /什么是ICP许可证|ICP/ }).first()).toBeVisible();
});

test("where the rules don't decide, the answer says so and sends the reader to the authority", async ({
  page,
}) => {
  await page.goto("/tools/licence-finder");
  await page.getByRole("radio", { name: /以上都不是/ }).check();
  await page.getByRole("radio", { name: "有外国投资者", exact: true }).check();
  const answer = page.getByRole("region", { name: "结果" });
  await expect(answer).toContainText("本站的规则判断不了");
  await expect(answer).toContainText("请向工业和信息化部确认");
  await expect(answer.getByRole("link", { name: /B\d\d/ })).toHaveCount(0);
});

test("axe finds no violations with an answer shown", async ({ page }) => {
  await page.goto("/tools/licence-finder?activity=sms&scope=one-province&foreign=yes");
  await expect(page.getByRole("region", { name: "结果" })).toContainText("SP证");
  expect(await axeViolations(page)).toEqual([]);
});

import { expect, test } from "@playwright/test";

const guide = "/articles/value-added-licence-renewal";
const storageKey = "checklist:value-added-licence-renewal";

const checklist = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "前提与材料" });

test("a ticked item survives a reload and the progress says so", async ({ page }) => {
  await page.goto(guide);
  const boxes = checklist(page).getByRole("checkbox");
  await expect(checklist(page).getByText(/已完成 0 \/ \d+ 项/)).toBeVisible();
  await boxes.nth(1).check();
  await expect(checklist(page).getByText(/已完成 1 \/ \d+ 项/)).toBeVisible();
  await page.reload();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(0)).not.toBeChecked();
  await expect(checklist(page).getByText(/已完成 1 \/ \d+ 项/)).toBeVisible();
});

test("ticks saved for a different version of the checklist are not applied", async ({ page }) => {
  await page.goto(guide);
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ hash: "old", done: [0, 1] })),
    storageKey,
  );
  await page.reload();
  await expect(checklist(page).getByRole("checkbox").nth(0)).not.toBeChecked();
  await expect(checklist(page).getByText(/已完成 0 \//)).toBeVisible();
});

test("items are ticked with the keyboard and each box is named by its item", async ({ page }) => {
  await page.goto(guide);
  const first = checklist(page).getByRole("checkbox", { name: /许可证仍在有效期内/ });
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
});

test("复制清单 copies the list with its ticks as plain text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(guide);
  await checklist(page).getByRole("checkbox").nth(0).check();
  await checklist(page).getByRole("button", { name: "复制清单" }).click();
  await expect(checklist(page).getByRole("status")).toContainText("已复制");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split("\n");
  expect(lines[0]).toBe("前提与材料");
  expect(lines[1]).toMatch(/^☑ 许可证仍在有效期内/);
  expect(lines[2]).toMatch(/^☐ /);
});

test("the print view shows the checklist alone", async ({ page }) => {
  await page.goto(guide);
  await page.evaluate(() => {
    window.print = () => {};
  });
  await checklist(page).getByRole("checkbox").nth(0).check();
  await checklist(page).getByRole("button", { name: "打印清单" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(checklist(page).getByRole("checkbox").first()).toBeVisible();
  await expect(checklist(page).getByText("营业执照副本扫描件")).toBeVisible();
  for (const hidden of [
    page.getByRole("heading", { level: 1 }),
    page.getByRole("heading", { name: "办理步骤" }),
    page.getByRole("banner"),
    page.getByRole("contentinfo"),
    checklist(page).getByRole("button", { name: "复制清单" }),
  ])
    await expect(hidden).toBeHidden();
  // After printing, the page is whole again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.getByRole("heading", { name: "办理步骤" })).toBeVisible();
});

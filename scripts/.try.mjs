import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
for (const [name, width] of [["phone", 375], ["desktop", 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => console.log("console:", m.text()));
  await page.goto("http://localhost:3000/");
  await page.getByRole("combobox").last().click();
  await page.keyboard.type("续期");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/search-${name}.png` });
  console.log(requests.filter((u) => u.includes("search-index")));
  await page.goto("http://localhost:3000/search?q=" + encodeURIComponent("呼叫中心年报什么时候报"));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/searchpage-${name}.png` });
  await page.close();
}
await browser.close();

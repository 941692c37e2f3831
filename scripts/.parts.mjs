import { chromium } from "playwright-core";

const [, , url, out, width, ...selectors] = process.argv;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
for (const [i, sel] of selectors.entries()) {
  const loc = page.locator(sel).first();
  const box = await loc.boundingBox();
  await page.screenshot({
    path: `${out}-${i}.png`,
    fullPage: true,
    clip: { x: 0, y: box.y - 10, width: Number(width), height: Math.min(box.height + 20, 1400) },
  });
  console.log(`${out}-${i}.png`, Math.round(box.height));
}
await browser.close();

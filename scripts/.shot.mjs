import { chromium } from "playwright-core";

const [, , base, out, ...paths] = process.argv;
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
for (const p of paths) {
  for (const [name, width] of [
    ["phone", 375],
    ["desktop", 1280],
  ]) {
    const page = await browser.newPage({
      viewport: { width, height: width === 375 ? 812 : 900 },
      deviceScaleFactor: 1,
    });
    await page.goto(base + p);
    const file = `${out}/${p.replace(/[^a-z0-9]+/gi, "_") || "home"}-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
    await page.close();
  }
}
await browser.close();

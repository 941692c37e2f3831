/**
 * Draws public/og.png, the one share image (Open Graph, Twitter) for every page, in Chromium with the system's
 * Noto CJK font. Run by hand when the site's name or tagline changes (`npx tsx scripts/make-share-image.ts`);
 * the PNG is committed, so builds need no browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { siteName } from "../lib/seo/site";

const icon = readFileSync(path.join(process.cwd(), "app", "icon.svg"), "utf8");
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; box-sizing: border-box; background: #0b5cad; color: #fff;
    font-family: "Noto Sans CJK SC", sans-serif; }
  .icon { width: 120px; height: 120px; margin-bottom: 40px; }
  .icon svg { width: 100%; height: 100%; }
  h1 { font-size: 96px; margin: 0 0 24px; font-weight: 700; letter-spacing: 0.04em; }
  p { font-size: 44px; margin: 0; line-height: 1.4; color: #e7f0fa; }
</style></head><body>
  <div class="icon">${icon.replace('fill="#0b5cad"', 'fill="#ffffff22"')}</div>
  <h1>${siteName}</h1>
  <p>电信业务经营许可证续期、年报、变更与合规<br>每条期限和要求注明法规出处</p>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox"],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: path.join(process.cwd(), "public", "og.png") });
await browser.close();
console.log("wrote public/og.png (1200×630)");

/** How the site names and describes itself, wherever it does (head, Open Graph, JSON-LD, feed). */
export const siteName = "许可证指南";
export const siteTitle = "许可证指南：电信业务经营许可证续期、年报与变更";
export const siteDescription =
  "电信业务经营许可证（ICP、EDI、SP、IDC、呼叫中心等）续期、年报、变更与合规的中文指南，每条事实注明法规出处。";
/** The page language, as BCP 47 (html lang, JSON-LD) and as Open Graph writes it. */
export const siteLanguage = "zh-CN";
export const ogLocale = "zh_CN";
/** Front-matter dates are calendar days in China; machine-readable times pin them to its zone. */
export const chinaDateTime = (date: string) => `${date}T00:00:00+08:00`;

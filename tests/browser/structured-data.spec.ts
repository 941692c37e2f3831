import { expect, type Page, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { resolveSiteUrl } from "@/lib/site-url";

/** The origin the build was made with: the tests run with the build's SITE_URL. */
const origin = resolveSiteUrl(process.env.SITE_URL).url;

type Node = { "@type": string } & Record<string, unknown>;
/** An address as a crawler compares it ("https://example.cn" and "https://example.cn/" are one page). */
const normal = (href: string | null) => (href ? new URL(href).href : href);
const fold = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** Every JSON-LD node on the page, each script parsed as JSON. */
async function jsonLd(page: Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => {
    const data = JSON.parse(text);
    expect(data["@context"]).toBe("https://schema.org");
    return (data["@graph"] ?? [data]) as Node[];
  });
}

/** An element's text as a reader sees it, without screen-reader-only prefixes and anchor links. */
const visibleText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll(".visually-hidden, [aria-hidden='true'], .anchor-link")) {
        hidden.remove();
      }
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    }),
  );

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");

async function publishedPages(page: Page): Promise<string[]> {
  const response = await page.request.get("/sitemap.xml");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls = new XMLParser({ isArray: (name) => name === "url" }).parse(xml).urlset.url as {
    loc: string;
    lastmod?: string;
  }[];
  for (const url of urls) expect(url.loc.startsWith(`${origin}/`), url.loc).toBe(true);
  return urls.map((url) => url.loc.slice(origin.length));
}

test.describe("search engines get the same facts as readers", () => {
  test.describe.configure({ timeout: 180_000 });

  test("every published page has a canonical address, social tags, the feed link and a matching breadcrumb trail", async ({
    page,
  }) => {
    const pages = await publishedPages(page);
    expect(pages).toContain("/updates");
    for (const path of pages) {
      await page.goto(path);
      const where = `on ${path}`;
      expect(normal(await page.locator('link[rel="canonical"]').getAttribute("href")), where).toBe(
        normal(`${origin}${path}`),
      );
      expect(normal(await meta(page, "og:url")), where).toBe(normal(`${origin}${path}`));
      expect(fold(await meta(page, "og:title")), where).not.toBe("");
      expect(await meta(page, "og:description"), where).toBe(await meta(page, "description"));
      expect(await meta(page, "og:locale"), where).toBe("zh_CN");
      expect(await meta(page, "og:site_name"), where).toBe("许可证指南");
      expect(await meta(page, "og:image"), where).toBe(`${origin}/og.png`);
      expect(await meta(page, "twitter:card"), where).toBe("summary_large_image");
      expect(
        await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href"),
        where,
      ).toBe(`${origin}/feed.xml`);

      const nodes = await jsonLd(page);
      const crumbs = nodes.filter((node) => node["@type"] === "BreadcrumbList");
      if (path === "/") {
        expect(crumbs, where).toEqual([]);
        continue;
      }
      expect(crumbs, where).toHaveLength(1);
      const items = crumbs[0]?.itemListElement as { position: number; name: string; item?: string }[];
      const trail = page.getByRole("navigation", { name: "面包屑导航" }).getByRole("listitem");
      expect(
        items.map((item) => item.name),
        where,
      ).toEqual((await trail.allTextContents()).map(fold));
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
      const hrefs = await trail
        .locator("a")
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(
        items.slice(0, -1).map((item) => item.item),
        where,
      ).toEqual(hrefs.map((href) => `${origin}${new URL(href).pathname}`));
    }
  });

  test("every article's Article, FAQPage and HowTo hold their required properties and the text the page shows", async ({
    page,
  }) => {
    const articles = (await publishedPages(page)).filter((path) => path.startsWith("/articles/"));
    expect(articles.length).toBeGreaterThan(0);
    let faqs = 0;
    let howTos = 0;
    for (const path of articles) {
      await page.goto(path);
      const where = `on ${path}`;
      const nodes = await jsonLd(page);
      const of = (type: string) => nodes.filter((node) => node["@type"] === type);

      expect(await meta(page, "og:type"), where).toBe("article");
      const updated = await page.locator(".date-line time").first().getAttribute("datetime");
      expect(await meta(page, "article:modified_time"), where).toBe(`${updated}T00:00:00+08:00`);

      const [article, ...extraArticles] = of("Article");
      expect(extraArticles, where).toEqual([]);
      expect(article, where).toMatchObject({
        headline: fold(await page.getByRole("heading", { level: 1 }).textContent()),
        description: fold(await page.locator(".article-description").textContent()),
        dateModified: `${updated}T00:00:00+08:00`,
        inLanguage: "zh-CN",
        publisher: { "@type": "Organization", name: "许可证指南" },
        image: `${origin}/og.png`,
      });

      const faqSection = page.locator("section.block-faq");
      if ((await faqSection.count()) > 0) {
        faqs++;
        const [faq] = of("FAQPage");
        const entries = faq?.mainEntity as {
          "@type": string;
          name: string;
          acceptedAnswer: { text: string };
        }[];
        expect(
          entries.every((entry) => entry["@type"] === "Question"),
          where,
        ).toBe(true);
        expect(
          entries.map((entry) => entry.name),
          where,
        ).toEqual(await visibleText(page, ".faq-entry h3"));
        expect(
          entries.map((entry) => entry.acceptedAnswer.text),
          where,
        ).toEqual(await visibleText(page, ".faq-entry > .prose"));
        for (const entry of entries) expect(entry.acceptedAnswer.text, where).not.toBe("");
      } else {
        expect(of("FAQPage"), where).toEqual([]);
      }

      const isGuide = fold(await page.locator(".article-kind").textContent()) === "办事指南";
      if (isGuide) {
        howTos++;
        const [howTo] = of("HowTo");
        expect(howTo?.name, where).toBe(article?.headline);
        const steps = howTo?.step as { "@type": string; name: string; text: string }[];
        expect(
          steps.every((step) => step["@type"] === "HowToStep"),
          where,
        ).toBe(true);
        expect(
          steps.map((step) => step.name),
          where,
        ).toEqual(await visibleText(page, ".timeline-step h3"));
        expect(
          steps.map((step) => step.text),
          where,
        ).toEqual(await visibleText(page, ".timeline-step .timeline-content > .prose"));
      } else {
        expect(of("HowTo"), where).toEqual([]);
      }
    }
    // The content has both kinds; a selector that silently stopped matching would make these zero.
    expect(faqs).toBeGreaterThan(0);
    expect(howTos).toBeGreaterThan(0);
  });
});

test.describe("readers can follow corrections", () => {
  test("the feed served at /feed.xml is well-formed Atom listing every article", async ({ page }) => {
    const xml = await (await page.request.get("/feed.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(
      xml,
    ).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    await page.goto("/articles");
    const listed = await page
      .locator(".article-card-title a")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const entries = (feed.entry as { id: string }[]).map((entry) => entry.id);
    expect(entries.sort()).toEqual(listed.map((path) => `${origin}${path}`).sort());
  });

  test("the 更新记录 page lists each article's fact-check date", async ({ page }) => {
    await page.goto("/updates");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("更新记录");
    const rows = page.getByRole("table").getByRole("row");
    await page.goto("/articles");
    const count = await page.locator(".article-card").count();
    await page.goto("/updates");
    await expect(rows).toHaveCount(count + 1);
    const firstArticle = rows.nth(1);
    await expect(firstArticle.getByRole("link")).toHaveAttribute("href", /^\/articles\//);
    await expect(firstArticle.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  });
});

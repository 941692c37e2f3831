import { expect, test } from "@playwright/test";
import { articleRedirects } from "@/lib/content";
import { contentSecurityPolicy, immutable, revalidate } from "@/lib/headers";
import { getSite } from "@/lib/site";

/** What `next start` answers, header by header, for the addresses a reader's browser asks for. */
test.describe("next start serves every address with security and cache headers", () => {
  test("an article comes with the CSP, nosniff, referrer and permissions policies and is revalidated", async ({
    request,
  }) => {
    const response = await request.get("/articles/value-added-licence-renewal");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy());
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cache-control"]).toBe(revalidate);
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("Next's hashed scripts and styles are immutable for a year", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const assets = [...html.matchAll(/"(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()["cache-control"], asset).toBe(immutable);
      expect(response.headers()["x-content-type-options"], asset).toBe("nosniff");
    }
  });

  test("the search manifest is revalidated and every hashed index file it names is immutable", async ({
    request,
  }) => {
    const manifestResponse = await request.get("/search-index/manifest.json");
    expect(manifestResponse.headers()["cache-control"]).toBe(revalidate);
    const manifest = await manifestResponse.json();
    const files: string[] = [...manifest.shardFiles, ...manifest.docFiles];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const response = await request.get(`/search-index/${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()["cache-control"], file).toBe(immutable);
    }
  });

  test("an unknown address is a 404 with the Chinese page and the same security headers", async ({
    request,
  }) => {
    const response = await request.get("/articles/does-not-exist");
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("没有找到这个页面");
    expect(response.headers()["content-security-policy"]).toBe(contentSecurityPolicy());
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("an address with a trailing slash redirects (308) to the one without", async ({ request }) => {
    const response = await request.get("/articles/value-added-licence-renewal/", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe("/articles/value-added-licence-renewal");
  });

  // One test per old slug in the real content (front matter redirectFrom); see tests/unit/redirects.test.ts.
  for (const { source, destination } of articleRedirects(getSite().articles)) {
    test(`the old address ${source} answers 308 to ${destination}`, async ({ request }) => {
      const response = await request.get(source, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(destination);
      expect((await request.get(source)).url()).toMatch(new RegExp(`${destination}$`));
    });
  }
});

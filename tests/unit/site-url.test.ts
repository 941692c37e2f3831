import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localSiteUrl, resolveSiteUrl } from "@/lib/site-url";

describe("SITE_URL decides the origin of every absolute address the site publishes", () => {
  it("falls back to localhost with one notice when unset outside a production export", () => {
    const resolved = resolveSiteUrl(undefined, { port: undefined });
    expect(resolved.url).toBe("http://localhost:3000");
    expect(resolved.notice).toMatch(
      /SITE_URL is not set.*http:\/\/localhost:3000.*SITE_URL=https:\/\/example\.cn/,
    );
    expect(resolveSiteUrl("  ", { port: undefined }).url).toBe(localSiteUrl(undefined));
  });

  it("names the port the local server listens on (PORT) in the fallback and its notice", () => {
    const resolved = resolveSiteUrl(undefined, { port: "8080" });
    expect(resolved.url).toBe("http://localhost:8080");
    expect(resolved.notice).toContain("use http://localhost:8080.");
  });

  it("stops a production export without it, saying what to set", () => {
    expect(() => resolveSiteUrl(undefined, { required: true })).toThrow(
      "SITE_URL: found no value, expected the public https address of the site for a production build, e.g. SITE_URL=https://example.cn npm run export",
    );
  });

  it("accepts an https origin, with or without a trailing slash, and prints nothing", () => {
    expect(resolveSiteUrl("https://example.cn")).toEqual({ url: "https://example.cn" });
    expect(resolveSiteUrl("https://example.cn/", { required: true })).toEqual({ url: "https://example.cn" });
    expect(resolveSiteUrl("https://xn--fiqs8s.cn:8443")).toEqual({ url: "https://xn--fiqs8s.cn:8443" });
  });

  it("rejects a value that is not an absolute https origin, naming what was found", () => {
    expect(() => resolveSiteUrl("example.cn")).toThrow(
      'SITE_URL: found "example.cn", expected an absolute https address such as https://example.cn',
    );
    expect(() => resolveSiteUrl("http://example.cn")).toThrow(
      'SITE_URL: found "http://example.cn" (http), expected an https address such as https://example.cn',
    );
    expect(() => resolveSiteUrl("https://example.cn/guide")).toThrow(
      'SITE_URL: found "https://example.cn/guide", expected an origin only',
    );
    expect(() => resolveSiteUrl("https://example.cn/?a=1")).toThrow(/expected an origin only/);
  });
});

describe("npm run export checks SITE_URL before it builds anything", () => {
  const projectRoot = path.resolve(import.meta.dirname, "../..");
  const precheck = (siteUrl: string | undefined) => {
    const { SITE_URL: _ignored, ...env } = process.env;
    return spawnSync(
      path.join(projectRoot, "node_modules", ".bin", "tsx"),
      [path.join(projectRoot, "scripts", "require-site-url.ts")],
      { encoding: "utf8", env: siteUrl === undefined ? env : { ...env, SITE_URL: siteUrl } },
    );
  };

  it("fails without SITE_URL, with the message and no stack trace", () => {
    const result = precheck(undefined);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "SITE_URL: found no value, expected the public https address of the site for a production build, e.g. SITE_URL=https://example.cn npm run export",
    );
  }, 60_000);

  it("passes with an https origin", () => {
    const result = precheck("https://example.cn");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("SITE_URL ok: https://example.cn");
  }, 60_000);
});

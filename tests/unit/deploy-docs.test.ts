import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headerRules, immutable, revalidate } from "@/lib/headers";
import { buildSearchIndex } from "@/lib/search/build/build";
import { MANIFEST_FILE } from "@/lib/search/shared/format";

const deploying = readFileSync(path.resolve(import.meta.dirname, "../../docs/deploying.md"), "utf8");
const nginx = /```nginx\n([\s\S]*?)```/.exec(deploying)?.[1] ?? "";

describe("docs/deploying.md's sample static-host config sends the headers next start sends", () => {
  it("sets every security header with the same value", () => {
    const everyResponse = headerRules()[0]?.headers ?? [];
    const security = everyResponse.filter((header) => header.key !== "Cache-Control");
    expect(security.length).toBeGreaterThan(0);
    for (const { key, value } of security) expect(nginx).toContain(`add_header ${key} "${value}" always;`);
  });

  it("revalidates by default and marks Next's static files and hashed search-index files immutable", () => {
    expect(nginx).toContain(`default                                      "${revalidate}";`);
    expect(nginx).toContain(`~^/_next/static/                             "${immutable}";`);
    expect(nginx).toMatch(new RegExp(`"~\\^/search-index/.*\\.json\\$" +"${immutable}";`));
    expect(nginx).toContain("add_header Cache-Control $site_cache_control always;");
  });

  it("its search-index pattern matches every hashed file the index builder names, and not the manifest", () => {
    const pattern = /"~(\^\/search-index\/.*\.json\$)"/.exec(nginx)?.[1] ?? "";
    const hashed = new RegExp(pattern);
    const doc = {
      url: "/articles/a",
      title: "续期",
      licenceLabel: "ICP",
      description: "说明",
      heads: [],
      body: "正文",
      sections: [],
    };
    const names = [...buildSearchIndex([doc], { synonyms: [] }).keys()];
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(hashed.test(`/search-index/${name}`), name).toBe(name !== MANIFEST_FILE);
  });
});

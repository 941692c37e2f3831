import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Over the server build (`npm run build`): the pages read the snapshot the content pass wrote, so the code that
 * parses content — Markdown front matter, YAML, schemas — has no business in the bundle Next's page workers load.
 * The source maps say which packages each server chunk was built from.
 */
const serverDir = path.join(process.cwd(), ".next", "server");
const contentPassOnly = ["gray-matter", "js-yaml", "yaml", "zod"];

interface SourceMap {
  sources?: string[];
  sections?: { map: SourceMap }[];
}

const sourcesOf = (map: SourceMap): string[] => [
  ...(map.sources ?? []),
  ...(map.sections ?? []).flatMap((section) => sourcesOf(section.map)),
];

/** The npm packages each server chunk was built from, by chunk. */
function packagesByChunk(): Map<string, Set<string>> {
  const maps = readdirSync(serverDir, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".js.map"),
  );
  return new Map(
    maps.map((file) => {
      const map = JSON.parse(readFileSync(path.join(serverDir, file), "utf8")) as SourceMap;
      const packages = sourcesOf(map).flatMap((source) => {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(decodeURIComponent(source));
        return match?.[1] ? [match[1]] : [];
      });
      return [file, new Set(packages)] as const;
    }),
  );
}

describe("the server bundle Next's page workers load", () => {
  const chunks = packagesByChunk();

  it("is measured over the chunks of every page", () => {
    expect([...chunks.values()].some((packages) => packages.has("next"))).toBe(true);
    expect([...chunks.keys()].some((file) => file.startsWith("app/articles/"))).toBe(true);
  });

  it.each(contentPassOnly)("holds no code from %s (only the content pass parses content)", (name) => {
    const offenders = [...chunks].filter(([, packages]) => packages.has(name)).map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = process.cwd();

/** Bundle the search UI for the browser, as Next would, and list every source file that ends up in it. */
async function browserInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: ["components/search/SearchBox.tsx", "components/search/SearchResultsPage.tsx"],
    bundle: true,
    write: false,
    metafile: true,
    platform: "browser",
    format: "esm",
    jsx: "automatic",
    alias: { "@": root },
    external: ["react", "react-dom", "next", "next/*", "react/*"],
    splitting: true,
    outdir: "/tmp/search-boundary",
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("search code is split by where it runs", () => {
  it("bundles the search box and results page for the browser without any Node-only module", {
    timeout: 60_000,
  }, async () => {
    // A node: import would make this bundle fail (platform "browser"); build code or content loading must not appear.
    const inputs = await browserInputs();
    expect(inputs.some((file) => file.startsWith("lib/search/browser/"))).toBe(true);
    expect(inputs.filter((file) => /^lib\/search\/build\/|^lib\/content\/|^node:/.test(file))).toEqual([]);
  });

  it("puts FlexSearch in the browser's search code and in the server's search for /search", {
    timeout: 60_000,
  }, async () => {
    const flexsearch = (inputs: string[]) =>
      inputs.some((file) => file.startsWith("node_modules/flexsearch/"));
    expect(flexsearch(await browserInputs())).toBe(true);
    const server = await build({
      entryPoints: ["lib/search/server.ts"],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      logLevel: "silent",
    });
    expect(flexsearch(Object.keys(server.metafile.inputs))).toBe(true);
  });

  it("keeps shared and browser search code free of imports from build code and Node built-ins", () => {
    for (const folder of ["lib/search/shared", "lib/search/browser"]) {
      for (const file of readdirSync(folder)) {
        const source = readFileSync(path.join(folder, file), "utf8");
        const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map(([, from]) => from ?? "");
        const forbidden = imports.filter((from) => /^node:|\/build\/|^\.\.\/build|content/.test(from));
        expect(forbidden, `${folder}/${file}`).toEqual([]);
      }
    }
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const projectRoot = process.cwd();
const fixtureRoot = path.join(projectRoot, "tests", "fixtures", "import-graph");

/**
 * The layers of the code, lowest first. A module may import from its own group and from any lower layer, never
 * upward and never sideways into another group of its own layer: app → components → lib/site → lib/pages, rules,
 * search, seo, coverage, render → lib/content → the leaf modules. Scripts sit above everything (they run the site's parts).
 */
const layers: readonly (readonly string[])[] = [
  ["lib/routes.ts", "lib/build-mode.ts", "lib/site-url.ts", "lib/filing.ts", "lib/headers.ts"],
  ["lib/content"],
  ["lib/pages.ts", "lib/coverage.ts", "lib/render", "lib/rules", "lib/search", "lib/seo"],
  ["lib/site"],
  ["components"],
  ["app", "next.config.ts"],
  ["scripts"],
];
const folders = ["app", "components", "lib", "scripts"];

/** The group a file belongs to: the longest entry of `layers` it sits in. */
function groupOf(file: string): { group: string; layer: number } | undefined {
  let best: { group: string; layer: number } | undefined;
  layers.forEach((groups, layer) => {
    for (const group of groups) {
      const inside = file === group || file.startsWith(`${group}/`);
      if (inside && (!best || group.length > best.group.length)) best = { group, layer };
    }
  });
  return best;
}

function sourceFiles(root: string): string[] {
  const top = existsSync(path.join(root, "next.config.ts")) ? ["next.config.ts"] : [];
  return [
    ...top,
    ...folders
      .filter((dir) => existsSync(path.join(root, dir)))
      .flatMap((dir) =>
        readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && /\.(tsx?|mjs)$/.test(entry.name))
          .map((entry) =>
            path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
          ),
      ),
  ];
}

/**
 * The project files a module imports: static imports and re-exports (type-only ones too: they tie modules together
 * just the same), side-effect imports, dynamic `import()` and `require()`.
 */
function importsOf(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specifiers = [
    ...text.matchAll(/(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g),
    ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
    ...text.matchAll(/\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? "");
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/")
      ? path.join(root, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(path.join(root, file)), specifier)
        : undefined;
    if (!base) return [];
    const found = ["", ".ts", ".tsx", ".mjs", "/index.ts", "/index.tsx"]
      .map((ext) => base + ext)
      .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    return found ? [path.relative(root, found).split(path.sep).join("/")] : [];
  });
}

/** Every import that points up a layer or sideways into another group, as "from → to". */
function arrowsAgainstTheLayers(root: string): string[] {
  return sourceFiles(root).flatMap((file) => {
    const from = groupOf(file);
    if (!from) return [`${file} is in no layer`];
    return importsOf(root, file).flatMap((target) => {
      const to = groupOf(target);
      if (!to) return [`${file} → ${target} (in no layer)`];
      const allowed = to.group === from.group || to.layer < from.layer;
      return allowed ? [] : [`${file} → ${target}`];
    });
  });
}

/** Every cycle reachable in the import graph, each as the list of files around it. */
function cycles(root: string): string[][] {
  const files = sourceFiles(root);
  const graph = new Map(files.map((file) => [file, importsOf(root, file)]));
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

/** lib/ files that start other programs or name scripts/: library code must not depend on the scripts at run time. */
function libSpawningScripts(root: string): string[] {
  return sourceFiles(root)
    .filter((file) => file.startsWith("lib/"))
    .filter((file) =>
      /node:child_process|["'`][^"'`]*scripts\//.test(readFileSync(path.join(root, file), "utf8")),
    );
}

describe("module structure: arrows only point down", () => {
  it("has no import against the layers in app/, components/, lib/ or scripts/", () => {
    expect(arrowsAgainstTheLayers(projectRoot)).toEqual([]);
  });

  it("has no import circle", () => {
    expect(cycles(projectRoot).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("keeps library code from starting scripts", () => {
    expect(libSpawningScripts(projectRoot)).toEqual([]);
  });

  it("keeps components away from the content loader: they get their data from their page", () => {
    const offenders = sourceFiles(projectRoot)
      .filter((file) => file.startsWith("components/"))
      .filter((file) => {
        const text = readFileSync(path.join(projectRoot, file), "utf8");
        return (
          /getSite\s*\(/.test(text) ||
          importsOf(projectRoot, file).some(
            (dep) =>
              dep.startsWith("lib/site/") || (dep.startsWith("lib/content/") && !dep.endsWith("index.ts")),
          )
        );
      });
    expect(offenders).toEqual([]);
  });
});

describe("the layer check itself, on a planted tree (tests/fixtures/import-graph)", () => {
  it("reports an upward static import, an upward dynamic import() and a sideways import", () => {
    expect(arrowsAgainstTheLayers(fixtureRoot).sort()).toEqual([
      "lib/content/loads-a-page.ts → app/page.tsx",
      "lib/content/renders.tsx → components/Card.tsx",
      "lib/rules/uses-search.ts → lib/search/engine.ts",
    ]);
  });

  it("reports library code that spawns a script", () => {
    expect(libSpawningScripts(fixtureRoot)).toEqual(["lib/content/spawns.ts"]);
  });
});

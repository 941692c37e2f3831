import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const sourceFiles = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));

/** The project files a module imports (type-only imports included: they tie modules together just the same). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g)].map(
    (m) => m[1] ?? "",
  );
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/")
      ? path.join(root, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(path.join(root, file)), specifier)
        : undefined;
    if (!base) return [];
    const found = [".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((ext) => base + ext)
      .find((f) => existsSync(f));
    return found ? [path.relative(root, found)] : [];
  });
}

/** Every cycle reachable in the import graph, each as the list of files around it. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
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

describe("module structure", () => {
  it("has no import circle in lib/", () => {
    expect(cycles(sourceFiles("lib")).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("keeps components away from the content loader: they get their data from their page", () => {
    const offenders = sourceFiles("components").filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return (
        /getSite\s*\(/.test(text) ||
        importsOf(file).some((dep) => dep.startsWith("lib/content/") && !dep.endsWith("index.ts"))
      );
    });
    expect(offenders).toEqual([]);
  });
});

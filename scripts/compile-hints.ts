/**
 * V8's explicit compile hint: a script that starts with `//# allFunctionsCalledOnLoad` has all its functions compiled
 * while it streams in, on a background thread, instead of each one on the main thread the first time it is called.
 * Next's client chunks (React, the router) run nearly all their code on every first load, and that lazy compiling
 * was the larger part of the one long task that starts every page (issue 15). Neither Turbopack nor Next can add a
 * banner to chunks, so the build adds it after `next build`. Browsers without the feature read a comment.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to every JavaScript chunk in `dir` that lacks it; returns how many files it changed. */
export function addCompileHints(dir: string): number {
  if (!existsSync(dir)) return 0;
  let changed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".js")) continue;
    const file = path.join(dir, name);
    const code = readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + code);
    changed++;
  }
  return changed;
}

/** The chunk folders a build writes: `.next` for `next start`, and `out` too after a static export. */
export function chunkDirs(root: string, staticExport: boolean): string[] {
  const dirs = [path.join(root, ".next/static/chunks")];
  if (staticExport) dirs.push(path.join(root, "out/_next/static/chunks"));
  return dirs;
}

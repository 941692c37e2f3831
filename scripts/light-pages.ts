/**
 * The last step of `npm run build` and `npm run export`: each page carries its content once, and the export writes
 * only the files a reader's browser fetches.
 * - Every prerendered page (.next/server/app for `next start`, out/ for the export) leaves out of its inline data
 *   what its markup already holds (scripts/inline-payload.ts).
 * - The export keeps, per page, `x.html` and the route data a client navigation fetches, `x.txt`. Next also writes a
 *   folder of per-segment prefetch files per page (`x/__next.*.txt`: the route tree, each segment, the whole page
 *   again); in the export links do not prefetch (next.config.ts, NEXT_PUBLIC_PREFETCH_ON_INTENT), so nothing fetches
 *   them (tests/browser/route-data.spec.ts records what navigation fetches) and they go.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lightenInlinePayload } from "./inline-payload";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "_next" ? [] : htmlFiles(file);
    return name.endsWith(".html") ? [file] : [];
  });
}

/** Next's per-segment prefetch files in an export (`__next._tree.txt`, `__next._full.txt`, `__next.<segment>.txt`). */
function segmentPrefetchFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "_next" ? [] : segmentPrefetchFiles(file);
    return /^__next\..*\.txt$/.test(name) ? [file] : [];
  });
}

/** Removes `dir` and the folders above it (up to `root`) that are left empty. */
function removeEmptyFolders(dir: string, root: string) {
  let current = dir;
  while (current.startsWith(root) && current !== root && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}

export type LightPagesReport = {
  pages: number;
  savedBytes: number;
  removedFiles: number;
  removedBytes: number;
};

export function lightenPages(root: string, staticExport: boolean): LightPagesReport {
  const report: LightPagesReport = { pages: 0, savedBytes: 0, removedFiles: 0, removedBytes: 0 };
  const outputs = [path.join(root, ".next/server/app")];
  if (staticExport) outputs.push(path.join(root, "out"));
  for (const dir of outputs.filter((d) => existsSync(d))) {
    for (const file of htmlFiles(dir)) {
      const lightened = lightenInlinePayload(readFileSync(file, "utf8"), path.relative(root, file));
      if (lightened.savedBytes === 0) continue;
      writeFileSync(file, lightened.html);
      report.pages++;
      report.savedBytes += lightened.savedBytes;
    }
  }
  if (staticExport) {
    const out = path.join(root, "out");
    for (const file of segmentPrefetchFiles(out)) {
      report.removedBytes += statSync(file).size;
      rmSync(file);
      report.removedFiles++;
      removeEmptyFolders(path.dirname(file), out);
    }
  }
  return report;
}

export function formatLightPagesReport(report: LightPagesReport): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return `light pages: ${report.pages} pages carry ${mb(report.savedBytes)} MB less inline data${
    report.removedFiles > 0
      ? `; ${report.removedFiles} per-segment prefetch files (${mb(report.removedBytes)} MB) not kept in the export`
      : ""
  }`;
}

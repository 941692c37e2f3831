/**
 * The last step of `npm run build` and `npm run export`: each page carries its content once, and the export writes
 * only the files a reader's browser fetches.
 * - Every prerendered page (.next/server/app for `next start`, out/ for the export) leaves out of its inline data
 *   what its markup already holds (scripts/inline-payload.ts).
 * - The export keeps, per page, `x.html` and the route data a client navigation fetches, `x.txt`. Next also writes a
 *   folder of per-segment prefetch files per page (`x/__next.*.txt`: the route tree, each segment, the whole page
 *   again); in the export links do not prefetch (next.config.ts, NEXT_PUBLIC_PREFETCH_ON_INTENT), so nothing fetches
 *   them (tests/browser/route-data.spec.ts records what navigation fetches) and they go.
 * - Under `next start` links prefetch the route tree and the page's segments on intent, and a navigation without a
 *   prefetch asks for `x.rsc`; the server also keeps each page's whole payload a second time as the segment
 *   `_full`, which only a partially prerendered page would ask for (this site has none). It goes, and with it the
 *   second copy the server holds in memory for every page it has served.
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

/** The per-page metadata `next start` reads (`x.meta`: headers, and the segment files to load with the page). */
function metaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name.endsWith(".segments") ? [] : metaFiles(file);
    return name.endsWith(".meta") ? [file] : [];
  });
}

/** The segment that repeats a page's whole payload, for partial prerendering's client resume only. */
const unusedSegment = "/_full";

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
  /** The export's per-segment prefetch files. */
  removedFiles: number;
  removedBytes: number;
  /** The server build's "_full" segment files. */
  removedServerFiles: number;
  removedServerBytes: number;
};

export function lightenPages(root: string, staticExport: boolean): LightPagesReport {
  const report: LightPagesReport = {
    pages: 0,
    savedBytes: 0,
    removedFiles: 0,
    removedBytes: 0,
    removedServerFiles: 0,
    removedServerBytes: 0,
  };
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
  for (const meta of metaFiles(path.join(root, ".next/server/app"))) {
    const data = JSON.parse(readFileSync(meta, "utf8")) as { segmentPaths?: string[] };
    if (!data.segmentPaths?.includes(unusedSegment)) continue;
    data.segmentPaths = data.segmentPaths.filter((segment) => segment !== unusedSegment);
    writeFileSync(meta, `${JSON.stringify(data, null, 2)}\n`);
    const file = meta.replace(/\.meta$/, `.segments${unusedSegment}.segment.rsc`);
    if (existsSync(file)) {
      report.removedServerBytes += statSync(file).size;
      rmSync(file);
      report.removedServerFiles++;
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
  return [
    `light pages: ${report.pages} pages carry ${mb(report.savedBytes)} MB less inline data`,
    `${report.removedServerFiles} unused "_full" segment files (${mb(report.removedServerBytes)} MB) not kept for next start`,
    report.removedFiles > 0
      ? `${report.removedFiles} per-segment prefetch files (${mb(report.removedBytes)} MB) not kept in the export`
      : "",
  ]
    .filter(Boolean)
    .join("; ");
}

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
import { type Lightened, lightenInlinePayload } from "./inline-payload";

/** The files under `dir` whose name `wanted` accepts, leaving out folders `skipped` names. */
function filesUnder(
  dir: string,
  wanted: (name: string) => boolean,
  skipped: (name: string) => boolean,
): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipped(entry.name) ? [] : filesUnder(file, wanted, skipped);
    return wanted(entry.name) ? [file] : [];
  });
}

const htmlFiles = (dir: string) =>
  filesUnder(
    dir,
    (name) => name.endsWith(".html"),
    (name) => name === "_next",
  );

/** Next's per-segment prefetch files in an export (`__next._tree.txt`, `__next._full.txt`, `__next.<segment>.txt`). */
const segmentPrefetchFiles = (dir: string) =>
  filesUnder(
    dir,
    (name) => /^__next\..*\.txt$/.test(name),
    (name) => name === "_next",
  );

/** The per-page metadata `next start` reads (`x.meta`: headers, and the segment files to load with the page). */
const metaFiles = (dir: string) =>
  filesUnder(
    dir,
    (name) => name.endsWith(".meta"),
    (name) => name.endsWith(".segments"),
  );

/** The segment that repeats a page's whole payload, for partial prerendering's client resume only. */
const unusedSegment = "/_full";

/**
 * Removes `dir` and the folders above it (up to `root`) that are left empty. Asks the file system to remove each and
 * stops at the first that is not empty: listing a folder such as out/articles (one entry per page) for every page
 * cost seconds at 1,000 articles.
 */
function removeEmptyFolders(dir: string, root: string) {
  for (let current = dir; current.startsWith(root) && current !== root; current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOENT") return;
      throw error;
    }
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
  const server = path.join(root, ".next/server/app");
  const exported = staticExport ? path.join(root, "out") : undefined;
  const write = (file: string, lightened: Lightened) => {
    if (lightened.savedBytes === 0) return;
    writeFileSync(file, lightened.html);
    report.pages++;
    report.savedBytes += lightened.savedBytes;
  };
  // The export's pages are copies of the server build's: a page found in both is lightened once.
  const written = new Set<string>();
  for (const file of htmlFiles(server)) {
    const html = readFileSync(file, "utf8");
    const lightened = lightenInlinePayload(html, path.relative(root, file));
    write(file, lightened);
    const copy = exported && path.join(exported, path.relative(server, file));
    if (copy && existsSync(copy) && readFileSync(copy, "utf8") === html) {
      write(copy, lightened);
      written.add(copy);
    }
  }
  for (const file of exported ? htmlFiles(exported) : []) {
    if (!written.has(file))
      write(file, lightenInlinePayload(readFileSync(file, "utf8"), path.relative(root, file)));
  }
  for (const meta of metaFiles(server)) {
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
  if (exported) {
    const folders = new Set<string>();
    for (const file of segmentPrefetchFiles(exported)) {
      report.removedBytes += statSync(file).size;
      rmSync(file);
      report.removedFiles++;
      folders.add(path.dirname(file));
    }
    // Once per folder; in any order, since each climb stops at a folder still holding another.
    for (const folder of folders) removeEmptyFolders(folder, exported);
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

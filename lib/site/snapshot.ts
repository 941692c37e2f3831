import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { Article } from "../content/article";
import type { AuthorError } from "../content/errors";
import type { FeaturedSlugs } from "../content/featured";
import type { Taxonomy } from "../content/schema";
import { discoverArticles, readSource } from "../content/sources";
import { contentVersion } from "../content/store";
import type { Finder, Rules } from "../rules/schema";

/**
 * What the pages read: the published articles, the taxonomy and the checked rule data as the content pass left them,
 * with the digest of every article file it read. Reading it needs no Markdown, YAML or schema code, so none of that is
 * compiled into the Next server bundle or loaded by its workers.
 */
export const snapshotFile = ".next/cache/content-store/site.json";

/** What the last content pass found wrong (errors) or worth a look (warnings): the dev server shows them. */
export const problemsFile = ".next/cache/content-store/problems.json";

export interface SiteSnapshot {
  version: string;
  /** Content hash of every article file the pass read, by file. */
  hashes: Record<string, string>;
  /** Content hash of every data file (content/*.yaml) when the pass ran, by file. */
  dataHashes: Record<string, string>;
  articles: Article[];
  taxonomy: Taxonomy;
  synonyms: string[][];
  /** The site data files; a tree of articles alone (a test fixture) has none. */
  rules?: Rules;
  finder?: Finder;
  featured?: FeaturedSlugs;
}

export interface ContentProblems {
  errors: AuthorError[];
  warnings: AuthorError[];
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The data files under content/ (taxonomy, rules, finder, featured, synonyms…) with their content hashes. */
function dataFileHashes(root: string): Record<string, string> {
  const dir = path.join(root, "content");
  if (!existsSync(dir)) return {};
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  return Object.fromEntries(
    names.map((name) => [`content/${name}`, readSource(path.join(dir, name)).hash] as const),
  );
}

export function writeSnapshot(root: string, snapshot: Omit<SiteSnapshot, "version" | "dataHashes">): void {
  const whole: SiteSnapshot = {
    version: contentVersion(root),
    dataHashes: dataFileHashes(root),
    ...snapshot,
  };
  writeAtomically(path.join(root, snapshotFile), JSON.stringify(whole));
}

export function writeProblems(root: string, problems: ContentProblems): void {
  writeAtomically(path.join(root, problemsFile), JSON.stringify(problems));
}

/** When the file was last written (0 when it is missing): a cheap way to notice a new pass. */
export function writtenAt(root: string, file: string): number {
  try {
    return statSync(path.join(root, file)).mtimeMs;
  } catch {
    return 0;
  }
}

/** The snapshot as written, without asking whether content/ has changed since (the dev server's watcher keeps it so). */
export function readSnapshotAsWritten(root: string): SiteSnapshot | undefined {
  const file = path.join(root, snapshotFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SiteSnapshot) : undefined;
}

/**
 * The snapshot, if it matches content/ as it is now (same files, same bytes, same pipeline); otherwise why not.
 */
export function readSnapshot(root: string): SiteSnapshot | { stale: string } {
  const snapshot = readSnapshotAsWritten(root);
  if (!snapshot) return { stale: `there is no ${snapshotFile}` };
  if (snapshot.version !== contentVersion(root))
    return { stale: "lib/content, lib/rules or the packages changed since it was written" };
  const data = dataFileHashes(root);
  const changedData = Object.keys({ ...data, ...snapshot.dataHashes }).find(
    (file) => data[file] !== snapshot.dataHashes[file],
  );
  if (changedData) return { stale: `${changedData} changed since it was written` };
  const sources = discoverArticles(root);
  if (sources.length !== Object.keys(snapshot.hashes).length)
    return { stale: "articles were added or removed since it was written" };
  const changed = sources.find((source) => snapshot.hashes[source.file] !== readSource(source.absolute).hash);
  return changed ? { stale: `${changed.file} changed since it was written` } : snapshot;
}

/** The problems the last content pass found, or none when no pass has written them. */
export function readProblems(root: string): ContentProblems {
  const file = path.join(root, problemsFile);
  if (!existsSync(file)) return { errors: [], warnings: [] };
  return JSON.parse(readFileSync(file, "utf8")) as ContentProblems;
}

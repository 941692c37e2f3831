import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "./article";
import type { Taxonomy } from "./schema";
import { discoverArticles, readSource } from "./sources";
import { contentVersion } from "./store";

/**
 * What the pages read: the published articles and the taxonomy as the content pass left them, with the digest of
 * every article file it read. Reading it needs no Markdown, YAML or schema code, so none of that is compiled into
 * the Next server bundle or loaded by its workers.
 */
export const snapshotFile = ".next/cache/content-store/site.json";

export interface SiteSnapshot {
  version: string;
  /** Content hash of every article file the pass read, by file. */
  hashes: Record<string, string>;
  articles: Article[];
  taxonomy: Taxonomy;
}

export function writeSnapshot(root: string, snapshot: Omit<SiteSnapshot, "version">): void {
  const file = path.join(root, snapshotFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: contentVersion(root), ...snapshot }));
  renameSync(temporary, file);
}

/**
 * The snapshot, if it matches content/ as it is now (same files, same bytes, same pipeline); otherwise why not.
 */
export function readSnapshot(root: string): SiteSnapshot | { stale: string } {
  const file = path.join(root, snapshotFile);
  if (!existsSync(file)) return { stale: `no ${snapshotFile}` };
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as SiteSnapshot;
  if (snapshot.version !== contentVersion(root))
    return { stale: "lib/content, lib/rules, content/rules.yaml or the packages changed" };
  const sources = discoverArticles(root);
  if (sources.length !== Object.keys(snapshot.hashes).length)
    return { stale: "articles were added or removed" };
  const changed = sources.find((source) => snapshot.hashes[source.file] !== readSource(source.absolute).hash);
  return changed ? { stale: `${changed.file} changed` } : snapshot;
}

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ParsedFile } from "./parsed-file";

/**
 * The content store: every article file's parse result, keyed by the file's content hash, under a version of the
 * pipeline that made it. Kept in Next's cache folder (git-ignored, kept by `next build`, removed with .next), so
 * the build's content pass, the search index and the Next pages parse each file once, and a later build re-parses
 * only the files that changed.
 */
export const storeFile = ".next/cache/content-store/store.json";

export interface ContentStore {
  /** The pipeline version the entries were made by; a different one makes every entry stale. */
  version: string;
  files: Record<string, { hash: string; parsed: ParsedFile }>;
}

let versionMemo: string | undefined;

/**
 * A digest of the code that turns files into entries (lib/content) and of the installed packages: any change to
 * either invalidates the whole store. Read from the project folder, so it is the same in scripts and in Next.
 */
export function pipelineVersion(): string {
  if (versionMemo) return versionMemo;
  const project = process.cwd();
  const hash = createHash("sha256");
  // lib/rules fills {{rules.…}} values into article bodies, so its code is part of the pipeline too.
  const sources = [path.join(project, "lib", "content"), path.join(project, "lib", "rules")].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort()
      : [],
  );
  for (const file of [...sources, path.join(project, "package-lock.json")]) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(project, file));
    hash.update(readFileSync(file));
  }
  versionMemo = hash.digest("base64url");
  return versionMemo;
}

/**
 * The version a store or snapshot of one content folder is valid for: the pipeline's code, plus the rule data
 * (content/rules.yaml), whose values are filled into article bodies when they are parsed.
 */
export function contentVersion(root: string): string {
  const rules = path.join(root, "content", "rules.yaml");
  const data = existsSync(rules)
    ? createHash("sha256").update(readFileSync(rules)).digest("base64url")
    : "none";
  return `${pipelineVersion()}.${data}`;
}

/** The stored entries of a project, or an empty store when there is none or it was made by other code. */
export function readStore(root: string): ContentStore {
  const version = contentVersion(root);
  const file = path.join(root, storeFile);
  try {
    const store = JSON.parse(readFileSync(file, "utf8")) as ContentStore;
    if (store.version === version) return store;
  } catch {
    // No store yet, or an unreadable one: start afresh.
  }
  return { version, files: {} };
}

/** Write the store atomically (several Next workers may finish at once). */
export function writeStore(root: string, store: ContentStore): void {
  const file = path.join(root, storeFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(store));
  renameSync(temporary, file);
}

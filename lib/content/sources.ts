import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where articles live, relative to the project root. */
export const articlesDir = "content/articles";

/** One article source file: where it is and the slug (address) it publishes at. */
export interface SourceFile {
  /** Relative to the project root, with forward slashes (how errors name it). */
  file: string;
  absolute: string;
  /** The file name without `.md`; sub-folders do not change it. */
  slug: string;
}

/** The slug of an article file: its base name without `.md`. The one place a slug is derived. */
export function slugOf(file: string): string {
  return path.posix.basename(file.split(path.sep).join("/"), ".md");
}

/** Markdown files under content/articles, recursively, sorted for a stable order. */
export function discoverArticles(root: string): SourceFile[] {
  const dir = path.join(root, articlesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((absolute) => {
      const file = path.relative(root, absolute).split(path.sep).join("/");
      return { file, absolute, slug: slugOf(file) };
    });
}

/** A file's bytes and their digest: the digest keys the content store. */
export function readSource(absolute: string): { bytes: Buffer; hash: string } {
  const bytes = readFileSync(absolute);
  return { bytes, hash: createHash("sha256").update(bytes).digest("base64url") };
}

/** Decode UTF-8 strictly; on failure, report the line of the first bad byte. */
export function decodeText(bytes: Buffer): { text: string } | { badLine: number } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // A BOM and Windows line endings are accepted and normalized away.
    return { text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
  } catch {
    const lossy = bytes.toString("utf8");
    const bad = lossy.indexOf("\uFFFD");
    return { badLine: lossy.slice(0, Math.max(bad, 0)).split("\n").length };
  }
}

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ContentTree } from "../lib/content/article";
import { searchIndexOf } from "../lib/search/build/documents";

/** Write the search index of a content tree into public/search-index/ (copied into the export by `next build`). */
export function writeSearchIndex(root: string, tree: ContentTree): string {
  const files = searchIndexOf(tree);
  const out = path.join(root, "public", "search-index");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let raw = 0;
  let gzip = 0;
  for (const [name, text] of files) {
    writeFileSync(path.join(out, name), text);
    raw += Buffer.byteLength(text);
    gzip += gzipSync(text).length;
  }
  return `search index: ${tree.articles.length} articles, ${files.size} files, ${(raw / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip) in public/search-index/`;
}

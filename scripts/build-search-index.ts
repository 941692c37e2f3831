/**
 * Build the search index from content/ into public/search-index/ (copied into the static export by `next build`).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildContentSearchIndex } from "../lib/search/build/documents";

const root = process.cwd();
const { files, articleCount } = buildContentSearchIndex(root);
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
console.log(
  `search index: ${articleCount} articles, ${files.size} files, ${(raw / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzip) in public/search-index/`,
);

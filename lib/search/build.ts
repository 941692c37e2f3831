import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Index } from "flexsearch";
import { FIELD_COUNT, type IndexFiles, MANIFEST_FILE, type Manifest, type StoredDoc } from "./format";
import { createTermIndex } from "./term-index";
import { shardOf, tokenize } from "./tokenize";

/** What the builder needs of one article. */
export interface SearchDocument {
  url: string;
  title: string;
  licenceLabel: string;
  description: string;
  /** Reader questions and headings: short, question-like text that deserves more weight than the body. */
  heads: string[];
  body: string;
}

export interface BuildOptions {
  synonyms: string[][];
  /**
   * Below this gzip size the term index is one file: a reader downloads it once, like an image. Above it, the index
   * is split by term so that a query fetches only the shards its tokens live in.
   */
  singleFileLimit?: number;
  /** Target gzip size of one term shard once split. */
  shardTarget?: number;
  /** Target raw size of one file of stored documents. */
  docChunkTarget?: number;
}

const BODY_SNIPPET_CHARS = 3000;

function fieldTokens(doc: SearchDocument): string[][] {
  return [
    tokenize(doc.title, { singles: true }),
    tokenize(doc.heads.join("\n"), { singles: true }),
    tokenize(doc.description, { singles: true }),
    tokenize(doc.body, { singles: false }),
  ];
}

function buildShards(tokensByDoc: string[][][], shardCount: number): string[] {
  const shards = Array.from({ length: shardCount }, () => createTermIndex());
  tokensByDoc.forEach((docFields, doc) => {
    docFields.forEach((tokens, field) => {
      const perShard = new Map<number, string[]>();
      for (const token of tokens) {
        const shard = shardOf(token, shardCount);
        const list = perShard.get(shard);
        if (list) list.push(token);
        else perShard.set(shard, [token]);
      }
      for (const [shard, shardTokens] of perShard) {
        shards[shard]?.add(doc * FIELD_COUNT + field, shardTokens.join(" "));
      }
    });
  });
  return shards.map((index) => exportIndex(index));
}

function exportIndex(index: Index): string {
  const parts: Record<string, string> = {};
  index.export((key, data) => {
    parts[key] = data;
  });
  return JSON.stringify(parts);
}

const gzipSize = (text: string) => gzipSync(text).length;
const contentHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);
const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Build the static search index: a manifest, term shards and stored-document chunks. */
export function buildSearchIndex(documents: SearchDocument[], options: BuildOptions): IndexFiles {
  const { synonyms, singleFileLimit = 150_000, shardTarget = 12_000, docChunkTarget = 24_000 } = options;
  const tokensByDoc = documents.map(fieldTokens);

  let shards = buildShards(tokensByDoc, 1);
  const wholeSize = gzipSize(shards[0] ?? "");
  if (wholeSize > singleFileLimit) {
    shards = buildShards(tokensByDoc, nextPowerOfTwo(Math.ceil(wholeSize / shardTarget)));
  }

  const stored: StoredDoc[] = documents.map((doc) => ({
    u: doc.url,
    t: doc.title,
    l: doc.licenceLabel,
    d: doc.description,
    b: doc.body.slice(0, BODY_SNIPPET_CHARS),
  }));
  const averageDoc = stored.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0) / Math.max(1, stored.length);
  const docsPerChunk = Math.max(1, Math.min(64, Math.floor(docChunkTarget / averageDoc)));

  const files: IndexFiles = new Map();
  const name = (kind: string, index: number, text: string) => `${kind}-${index}.${contentHash(text)}.json`;
  const shardFiles = shards.map((text, k) => {
    const file = name("terms", k, text);
    files.set(file, text);
    return file;
  });
  const docFiles: string[] = [];
  for (let start = 0; start < stored.length; start += docsPerChunk) {
    const text = JSON.stringify(stored.slice(start, start + docsPerChunk));
    const file = name("docs", docFiles.length, text);
    files.set(file, text);
    docFiles.push(file);
  }
  const manifest: Manifest = {
    version: 1,
    docCount: documents.length,
    shardCount: shards.length,
    shardFiles,
    docsPerChunk,
    docFiles,
    synonyms,
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}


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
  /** Target raw size of one term shard once split (about a third of that gzipped). */
  shardTarget?: number;
  /** Target raw size of one file of stored documents. */
  docChunkTarget?: number;
  /** A token found in more than this share of articles (and more than `commonMinimum`) is not indexed. */
  commonShare?: number;
  commonMinimum?: number;
}

const BODY_SNIPPET_CHARS = 3000;

function fieldTokens(doc: SearchDocument): string[][] {
  return [
    tokenize(doc.title, { singles: true }),
    tokenize(doc.heads.join("\n"), { singles: false }),
    tokenize(doc.description, { singles: false }),
    tokenize(doc.body, { singles: false }),
  ];
}

/**
 * In a large corpus, a token found in a large share of all articles (许可, 电信, 业务) tells articles apart no
 * better than noise, yet its postings would be the largest part of every shard it lands in and of every query that
 * asks for it. Such tokens are left out of the index and listed in the manifest, so the engine can leave them out
 * of the query too. Small corpora (under `minimum` articles per token) keep everything.
 */
function pruneCommonTokens(tokensByDoc: string[][][], share: number, minimum: number): string[] {
  const limit = Math.max(minimum, Math.floor(share * tokensByDoc.length));
  const documentFrequency = new Map<string, number>();
  for (const docFields of tokensByDoc) {
    for (const token of new Set(docFields.flat()))
      documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const common = new Set([...documentFrequency].filter(([, df]) => df > limit).map(([token]) => token));
  if (common.size === 0) return [];
  for (const docFields of tokensByDoc) {
    docFields.forEach((tokens, field) => {
      docFields[field] = tokens.filter((token) => !common.has(token));
    });
  }
  return [...common].sort();
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
  const {
    synonyms,
    singleFileLimit = 150_000,
    shardTarget = 6_000,
    docChunkTarget = 8_000,
    commonShare = 0.1,
    commonMinimum = 200,
  } = options;
  const tokensByDoc = documents.map(fieldTokens);
  const commonTokens = pruneCommonTokens(tokensByDoc, commonShare, commonMinimum);

  let shards = buildShards(tokensByDoc, 1);
  const whole = shards[0] ?? "";
  if (gzipSize(whole) > singleFileLimit) {
    shards = buildShards(tokensByDoc, nextPowerOfTwo(Math.ceil(Buffer.byteLength(whole) / shardTarget)));
  }

  const stored: StoredDoc[] = documents.map((doc) => ({
    u: doc.url,
    t: doc.title,
    l: doc.licenceLabel,
    d: doc.description,
    b: doc.body.slice(0, BODY_SNIPPET_CHARS),
  }));
  const averageDoc =
    stored.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0) / Math.max(1, stored.length);
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
    commonTokens,
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return files;
}

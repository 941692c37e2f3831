/** The static files of the search index, shared by the builder and the engine. */

/** Index fields, in id order: a posting id is `doc * FIELD_COUNT + field`. */
export const fields = ["title", "heads", "desc", "body"] as const;
export type FieldName = (typeof fields)[number];
export const FIELD_COUNT = fields.length;

/** A document as the browser needs it to show a result and cut a snippet. */
export interface StoredDoc {
  /** Address of the article. */
  u: string;
  /** Title. */
  t: string;
  /** Licence label, e.g. "B25 信息服务业务". */
  l: string;
  /** One-line description. */
  d: string;
  /** Plain body text (capped), for snippets. */
  b: string;
}

export interface Manifest {
  version: 1;
  docCount: number;
  /** Term shards: a token's postings live in shard `shardOf(token, shardCount)`. */
  shardCount: number;
  shardFiles: string[];
  /** Stored documents, `docsPerChunk` per file, in doc order. */
  docsPerChunk: number;
  docFiles: string[];
  /** Normalized synonym groups. */
  synonyms: string[][];
  /** Tokens too common to index (large corpora only); queries skip them. */
  commonTokens: string[];
}

/** Everything the builder writes, as file name → text (the manifest is manifest.json). */
export type IndexFiles = Map<string, string>;

export const MANIFEST_FILE = "manifest.json";
